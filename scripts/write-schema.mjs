// Build step: writes the report's JSON Schema next to the bundle, so `claimdiff/report.schema.json` resolves.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { reportJsonSchema } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
writeFileSync(join(root, 'dist/report.schema.json'), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
