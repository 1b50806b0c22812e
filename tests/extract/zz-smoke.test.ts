import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { many, splitSeed } from '/work/main/tests/extract/helpers.js';
it('smoke', () => {
  for (const f of ['000_bb8dceb7c4b5fd8d.txt', '004_b51737cd954b67bb.txt']) {
    const claims = many(splitSeed(readFileSync('/work/shared/seeds/' + f, 'utf8')), 'de');
    for (const c of claims) {
      console.log(`\n#${c.index} [${c.kind}] ${c.text.slice(0, 90)}`);
      console.log('  ATTR', JSON.stringify(c.attribution));
      if (c.entities.length) console.log('  ENT', c.entities.map((e) => `${e.text}:${e.kind}${e.surname ? '/' + (e.given ?? '') + '|' + e.surname : ''}${e.role ? '(' + e.role + ')' : ''}`).join('; '));
      if (c.quantities.length) console.log('  QTY', c.quantities.map((q) => `${q.text}=${q.value}[${q.min},${q.max}] ${q.unit ?? ''} ${q.measure ?? ''}`).join('; '));
      if (c.dates.length) console.log('  DATE', c.dates.map((d) => `${d.text}:${d.kind}:${d.value ?? ''}`).join('; '));
      if (c.quotes.length) console.log('  QUOTE', c.quotes.map((q) => `${q.text} partial=${q.partial} by ${q.speaker}`).join('; '));
      if (c.hedges.length) console.log('  HEDGE', c.hedges.map((h) => h.text).join('; '));
    }
  }
});
