import { ClaimdiffError } from '../errors.js';
import { LanguageSchema, type ArticleInput, type Language } from '../model/schema.js';

/** Options of `articleFromNinjs`. */
export interface NinjsOptions {
  /** Article id; defaults to the document's `uri`, else "ninjs". */
  id?: string;
  /** Which body to read when the document carries both: HTML keeps headings and paragraphs, so it is the default. */
  prefer?: 'html' | 'text';
  /** Language to assume when the document's `language` is absent or not one claimdiff has a pack for. */
  language?: Language;
}

type Json = Record<string, unknown>;

// Fields that only IPTC ninjs documents have (1.x flat bodies, 2.x/3.x arrays); an ArticleInput has `text` instead.
const NINJS_BODY_FIELDS = ['body_text', 'body_html', 'bodies'] as const;
const NINJS_HEAD_FIELDS = ['headline', 'headlines', 'versioncreated', 'firstcreated', 'contentcreated'] as const;
// Roles under which ninjs 2.x/3.x marks the main headline and body; anything else (summary, sub) comes after them.
const MAIN_ROLES = new Set(['', 'main', 'default', 'body', 'full']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a parsed JSON value is an IPTC ninjs document rather than a claimdiff ArticleInput. */
export function isNinjs(json: unknown): boolean {
  if (!isObject(json) || 'text' in json) return false;
  const schema = json['$schema'] ?? json['profile'];
  if (typeof schema === 'string' && /ninjs/i.test(schema)) return true;
  return NINJS_BODY_FIELDS.some((f) => f in json) && (NINJS_HEAD_FIELDS.some((f) => f in json) || 'uri' in json);
}

/** Reads an IPTC ninjs document (1.x, 2.x or 3.x) into an ArticleInput; HTML bodies keep `format: 'html'`. */
export function articleFromNinjs(json: unknown, options: NinjsOptions = {}): ArticleInput {
  if (!isObject(json)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected a ninjs document to be an object, got ${describe(json)}`);
  }
  const uri = optionalString(json, 'uri', 'document');
  const where = uri !== undefined ? `ninjs document "${uri}"` : 'ninjs document';
  const id = options.id ?? uri ?? 'ninjs';
  const body = pickBody(json, where, options.prefer ?? 'html');
  const title = pickHeadline(json, where);
  const language = toLanguage(optionalString(json, 'language', where)) ?? options.language;
  const published = optionalString(json, 'firstcreated', where) ?? optionalString(json, 'contentcreated', where) ?? optionalString(json, 'versioncreated', where);
  const source = optionalString(json, 'copyrightholder', where) ?? infoSource(json, where);
  return {
    id,
    text: body.text,
    format: body.format,
    ...(title !== undefined ? { title } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(uri !== undefined && /^https?:\/\//i.test(uri) ? { url: uri } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(published !== undefined ? { publishedAt: published } : {}),
  };
}

function optionalString(obj: Json, field: string, where: string, path = field): string | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`${path}\` to be a string, got ${describe(v)} (${where})`, { field: path });
  return v;
}

function arrayField(obj: Json, field: string, where: string): Json[] | undefined {
  const v = obj[field];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`${field}\` to be an array, got ${describe(v)} (${where})`, { field });
  return v.map((item, i) => {
    if (!isObject(item)) throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`${field}[${i}]\` to be an object, got ${describe(item)} (${where})`, { field: `${field}[${i}]` });
    return item;
  });
}

// "de-DE", "en_GB", "DE" all name a pack by their primary subtag; other languages are left to detection.
function toLanguage(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = LanguageSchema.safeParse(primary);
  return parsed.success ? parsed.data : undefined;
}

function roleOf(item: Json, field: string, i: number, where: string): string {
  return (optionalString(item, 'role', where, `${field}[${i}].role`) ?? '').toLowerCase();
}

function pickHeadline(json: Json, where: string): string | undefined {
  const flat = optionalString(json, 'headline', where);
  if (flat !== undefined) return flat;
  const list = arrayField(json, 'headlines', where);
  if (!list || list.length === 0) return undefined;
  const values = list.map((h, i) => ({ role: roleOf(h, 'headlines', i, where), value: optionalString(h, 'value', where, `headlines[${i}].value`) }));
  const main = values.find((h) => MAIN_ROLES.has(h.role) && h.value !== undefined) ?? values.find((h) => h.value !== undefined);
  return main?.value;
}

function isHtmlType(contentType: string | undefined): boolean {
  return contentType !== undefined && /html/i.test(contentType);
}

function pickBody(json: Json, where: string, prefer: 'html' | 'text'): { text: string; format: 'html' | 'text' } {
  const options: { text: string; format: 'html' | 'text'; main: boolean }[] = [];
  const html = optionalString(json, 'body_html', where);
  const text = optionalString(json, 'body_text', where);
  if (html !== undefined) options.push({ text: html, format: 'html', main: true });
  if (text !== undefined) options.push({ text, format: 'text', main: true });
  const bodies = arrayField(json, 'bodies', where);
  bodies?.forEach((b, i) => {
    const value = optionalString(b, 'value', where, `bodies[${i}].value`);
    if (value === undefined) throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`bodies[${i}].value\` to be a string, got undefined (${where})`, { field: `bodies[${i}].value` });
    const type = optionalString(b, 'contenttype', where, `bodies[${i}].contenttype`);
    options.push({ text: value, format: isHtmlType(type) ? 'html' : 'text', main: MAIN_ROLES.has(roleOf(b, 'bodies', i, where)) });
  });
  if (options.length === 0) {
    throw new ClaimdiffError('E_INVALID_INPUT', `The ${where} has no body: expected \`body_text\`, \`body_html\` or \`bodies\``, { field: 'bodies' });
  }
  const rank = (o: (typeof options)[number]): number => (o.main ? 0 : 2) + (o.format === prefer ? 0 : 1);
  return [...options].sort((a, b) => rank(a) - rank(b))[0]!;
}

function infoSource(json: Json, where: string): string | undefined {
  const list = arrayField(json, 'infosources', where);
  const first = list?.[0];
  return first ? optionalString(first, 'name', where, 'infosources[0].name') : undefined;
}
