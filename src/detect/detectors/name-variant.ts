import { diffChars } from 'diff';
import type { Evidence } from '../../model/schema.js';
import { personParts, surnameSpelling } from '../../align/entities.js';
import { foldName, genitiveBase, nameKey } from '../../align/fold.js';
import { colognePhonetic } from '../../align/phonetic.js';
import type { CanonicalReason, LocatedMention } from '../../align/types.js';
import { defineDetector, type DetectorContext, type FindingDraft } from '../types.js';

interface Form {
  key: string;
  /** How the surname is written, in its most frequent capitalization. */
  text: string;
  articleIds: Set<string>;
  count: number;
  writings: Map<string, number>;
  mentions: LocatedMention[];
}

// The runner replaces evidence text with the exact slice of the original input.
function evidenceOf(m: LocatedMention): Evidence {
  return { articleId: m.articleId, text: m.mention.text, span: m.mention.span, claimId: m.claimId };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Person names spelt two or more ways: across sources (warning) or within one article (error). */
export const nameVariant = defineDetector({
  id: 'name-variant',
  description: 'A person whose name is spelt differently across or within the articles.',
  severity: 'warning',
  detect(alignment, context) {
    const drafts: FindingDraft[] = [];
    const namePacks = Object.values(
      Object.fromEntries(alignment.articles.map((a) => [a.id, context.packOf(a.id)] as const)),
    );
    const rulePacks = [...new Map(namePacks.map((p) => [p.code, p] as const)).values()]
      .sort((a, b) => byText(a.code, b.code))
      .map((p) => p.names);
    for (const entity of alignment.entities) {
      if (entity.kind !== 'person') continue;
      const mentions = alignment.mentions.get(entity.id) ?? [];
      const forms = new Map<string, Form>();
      for (const m of mentions) {
        const surname = personParts(m.mention).surname;
        const key = surnameSpelling(surname);
        const form: Form = forms.get(key) ?? { key, text: surname, articleIds: new Set<string>(), count: 0, writings: new Map<string, number>(), mentions: [] };
        form.articleIds.add(m.articleId);
        form.count++;
        form.writings.set(surname, (form.writings.get(surname) ?? 0) + 1);
        form.mentions.push(m);
        forms.set(key, form);
      }
      // A genitive or plural "s" ("Trumps") is grammar, not another spelling.
      for (const key of [...forms.keys()].sort()) {
        const g = genitiveBase(key);
        const base = g === undefined ? undefined : forms.get(g);
        const form = forms.get(key);
        if (!base || !form) continue;
        for (const a of form.articleIds) base.articleIds.add(a);
        base.count += form.count;
        base.mentions.push(...form.mentions);
        forms.delete(key);
      }
      // The last part of a double name on its own ("Fattah" after "Abdel-Fattah") is a short form, not a spelling.
      for (const key of [...forms.keys()].sort()) {
        const parts = key.split(/[-\s]+/);
        if (parts.length < 2) continue;
        const short = forms.get(parts[parts.length - 1]!);
        const full = forms.get(key);
        if (!short || !full || short === full) continue;
        for (const a of short.articleIds) full.articleIds.add(a);
        full.count += short.count;
        full.mentions.push(...short.mentions);
        forms.delete(parts[parts.length - 1]!);
      }
      if (forms.size < 2) continue;
      const list = [...forms.values()]
        .map((f) => ({ ...f, text: [...f.writings.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? f.text }))
        .sort((a, b) => byText(a.key, b.key));
      const perArticle = new Map<string, Set<string>>();
      for (const f of list) {
        for (const a of f.articleIds) {
          const set = perArticle.get(a) ?? new Set<string>();
          set.add(f.key);
          perArticle.set(a, set);
        }
      }
      const inconsistentArticles = [...perArticle.entries()].filter(([, s]) => s.size > 1).map(([a]) => a).sort();
      const canonicalSurname = surnameSpelling(personParts({ text: entity.canonical, span: { start: 0, end: 0 }, kind: 'person' }).surname);
      const canonicalForm = list.find((f) => f.key === canonicalSurname) ?? list[0];
      const canonicalText = canonicalForm?.text ?? entity.canonical;
      const canonicalReason: CanonicalReason = alignment.canonicalReasons?.get(entity.id) ?? 'most-mentions';
      // Different languages writing one name by their own rules (Selenskyj / Zelensky) is expected, not an error:
      // a form is a transliteration when no article of the canonical form's languages uses it and its key is the same.
      const langsOf = (f: Form) => new Set([...f.articleIds].map((a) => context.packOf(a).code));
      const canonicalLangs = canonicalForm ? langsOf(canonicalForm) : new Set<string>();
      // Transliteration tables differ in detail (Selenskyj / Zelensky): equal keys or equal sounds both count.
      const canonicalKey = nameKey(canonicalText, rulePacks);
      const sound = (t: string) => colognePhonetic(foldName(nameKey(t, rulePacks)));
      const canonicalSound = sound(canonicalText);
      const swappable = new Set(rulePacks.flatMap((p) => [...p.transliterationLetters]));
      const onlySwappable = (a: string, b: string) =>
        diffChars(a, b).every((p) => (!p.added && !p.removed) || [...p.value].every((c) => swappable.has(c)));
      const isTransliteration = (f: Form) =>
        f !== canonicalForm &&
        [...langsOf(f)].every((l) => !canonicalLangs.has(l)) &&
        (nameKey(f.text, rulePacks) === canonicalKey ||
          (sound(f.text) === canonicalSound && onlySwappable(nameKey(f.text, rulePacks), canonicalKey)));
      const misspelt = list.filter((f) => f !== canonicalForm && !isTransliteration(f));
      const transliteration = misspelt.length === 0;
      const forms_ = list.map((f) => ({
        text: f.text,
        articleIds: [...f.articleIds].sort(),
        count: f.count,
        ...(isTransliteration(f) ? { transliteration: true } : {}),
      }));
      drafts.push({
        code: transliteration ? 'transliteration' : 'spelling',
        severity: transliteration ? 'info' : inconsistentArticles.length > 0 ? 'error' : 'warning',
        claimIds: [...new Set(mentions.map((m) => m.claimId))].sort(),
        evidence: mentions.map(evidenceOf),
        data: {
          entityId: entity.id,
          canonical: entity.canonical,
          canonicalReason,
          forms: forms_,
          inconsistentArticles,
          diffs: (transliteration ? list.filter((f) => f !== canonicalForm) : misspelt).map((f) => ({
            variant: f.text,
            canonical: canonicalText,
            // From the canonical spelling to the variant: `added` marks letters only the variant has.
            parts: diffChars(canonicalText, f.text).map((p) => ({
              value: p.value,
              ...(p.added ? { added: true } : {}),
              ...(p.removed ? { removed: true } : {}),
            })),
          })),
        },
        params: {
          formList: forms_.map((f) => `${f.text} (${f.articleIds.join(', ')}${f.transliteration ? '; transliteration' : ''})`).join('; '),
          inconsistent: inconsistentArticles.length ? inconsistentArticles.join(', ') : '–',
        },
      });
    }
    return drafts;
  },
});
