// Hand-made ArticleClaims for align and detect tests, independent of the extractor.
import type { ArticleClaims, Sentence } from '../../src/extract/types.js';
import type { Attribution, Claim, EntityKind, EntityMention, Quantity } from '../../src/model/schema.js';
import type { NormalizedDocument } from '../../src/normalize/types.js';

/**
 * A sentence in compact form. Entities: "Name" (a person), "Role|Name" (a person with a role word in front),
 * "place:Tokio", "organization:Apec", "other:März". Each is found in the text at its first occurrence
 * after the previous entity.
 */
export interface SentenceSpec {
  text: string;
  section?: 'headline' | 'body';
  entities?: string[];
  attribution?: Attribution;
  quantities?: string[];
  citations?: string[];
}

function mention(spec: string, sentence: string, from: number, base: number): { m: EntityMention; end: number } {
  let kind: EntityKind = 'person';
  let body = spec;
  const colon = spec.indexOf(':');
  if (colon > 0 && ['place', 'organization', 'other', 'person'].includes(spec.slice(0, colon))) {
    kind = spec.slice(0, colon) as EntityKind;
    body = spec.slice(colon + 1);
  }
  const [role, name] = body.includes('|') ? (body.split('|') as [string, string]) : [undefined, body];
  const text = role ? `${role} ${name}` : name;
  const at = sentence.indexOf(text, from);
  if (at < 0) throw new Error(`fixture: "${text}" not found in "${sentence}"`);
  const m: EntityMention = { text, span: { start: base + at, end: base + at + text.length }, kind };
  if (kind === 'person') {
    const words = name.split(' ');
    m.surname = words[words.length - 1];
    if (words.length > 1) m.given = words.slice(0, -1).join(' ');
    if (role) m.role = role;
  }
  return { m, end: at + text.length };
}

/** Builds one article: a headline (if the first spec says so) and one paragraph of body sentences, identity offsets. */
export function article(id: string, specs: SentenceSpec[], language: 'de' | 'en' = 'de'): ArticleClaims {
  let text = '';
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  specs.forEach((s, index) => {
    if (index > 0) text += specs[index - 1]?.section === 'headline' ? '\n\n' : ' ';
    const start = text.length;
    text += s.text;
    const section = s.section ?? 'body';
    sentences.push({ index, blockIndex: section === 'headline' ? 0 : 1, section, text: s.text, span: { start, end: text.length } });
    let from = 0;
    const entities: EntityMention[] = [];
    for (const e of s.entities ?? []) {
      const { m, end } = mention(e, s.text, from, start);
      entities.push(m);
      from = end;
    }
    const quantities: Quantity[] = (s.quantities ?? []).map((q) => {
      const at = s.text.indexOf(q);
      const value = Number.parseFloat(q.replace(',', '.'));
      return { text: q, span: { start: start + at, end: start + at + q.length }, value, min: value, max: value, approximate: false };
    });
    claims.push({
      id: `${id}#${index}`,
      articleId: id,
      index,
      text: s.text,
      span: { start, end: text.length },
      section,
      kind: 'fact',
      entities,
      quantities,
      dates: [],
      quotes: [],
      attribution: s.attribution ?? { kind: 'none' },
      hedges: [],
      citations: s.citations ?? [],
    });
  });
  const document: NormalizedDocument = {
    id,
    input: { id, text, language },
    language,
    original: text,
    text,
    blocks: [],
    toOriginal: (span) => ({ ...span }),
  };
  return { id, document, sentences, claims };
}

/** A deterministic shuffle (reversal and rotation), enough to catch results that depend on input order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items].reverse();
  const k = seed % Math.max(1, out.length);
  return [...out.slice(k), ...out.slice(0, k)];
}
