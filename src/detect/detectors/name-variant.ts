import { diffChars } from 'diff';
import type { Evidence } from '../../model/schema.js';
import { personParts, surnameSpelling } from '../../align/entities.js';
import { foldName, foldSpelling, genitiveBase, nameKey } from '../../align/fold.js';
import { compareNames, sameGivenNameGroup } from '../../align/names.js';
import type { NamePack } from '../../align/pack.js';
import { UnionFind } from '../../align/unionFind.js';
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

/** One spelling of a person's given names, with where it was read. */
interface GivenForm {
  key: string;
  text: string;
  articleIds: Set<string>;
  count: number;
  writings: Map<string, number>;
}

const GIVEN_PARTS = /[\s\-‐‑]+/u;

/** Initials only ("J.", "J. R."): too little of a given name to call another spelling of it. */
function onlyInitials(given: string): boolean {
  return given.split(GIVEN_PARTS).every((w) => [...w.replace(/\./g, '')].length <= 1);
}

/**
 * Whether two given-name spellings of one person are variants worth reporting: the same parts hyphenated, spaced or
 * joined ("Karl-Heinz" / "Karlheinz"), or parts that pair up as misspellings or transliterations ("Hannah" /
 * "Hanna"). A middle name present or absent ("Edwin" / "Edwin Kiplagat"), a short form ("Bill" / "William") or an
 * initial is how news names people, not a spelling.
 */
export function givenNameVariant(a: string, b: string, packs: readonly NamePack[]): boolean {
  if (a === b || onlyInitials(a) || onlyInitials(b)) return false;
  const pa = a.split(GIVEN_PARTS).filter(Boolean);
  const pb = b.split(GIVEN_PARTS).filter(Boolean);
  if (pa.join('') === pb.join('')) return true;
  const restA = pa.filter((w) => !pb.includes(w));
  const restB = pb.filter((w) => !pa.includes(w));
  if (restA.length === 0 || restB.length === 0 || restA.length !== restB.length) return false;
  return restA.every((w, i) => {
    const v = restB[i] as string;
    if (onlyInitials(w) || onlyInitials(v) || sameGivenNameGroup(w, v, packs)) return false;
    return compareNames(w, v, { packs }).same;
  });
}

/** The most frequent writing of a form (ties alphabetically), so the report shows what readers saw most. */
function mostWritten(writings: ReadonlyMap<string, number>, fallback: string): string {
  return [...writings.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? fallback;
}

/**
 * The given-name spellings of one person that are variants of another of its spellings (see `givenNameVariant`),
 * or an empty list when the given name is written one way (or only gains or loses a middle name).
 */
function givenNameForms(mentions: readonly LocatedMention[], packs: readonly NamePack[]): GivenForm[] {
  const byKey = new Map<string, GivenForm>();
  for (const m of mentions) {
    const given = personParts(m.mention).given;
    if (!given || onlyInitials(given)) continue;
    const key = foldSpelling(given).replace(/\s*[-‐‑]\s*/gu, '-');
    const g = byKey.get(key) ?? { key, text: given, articleIds: new Set<string>(), count: 0, writings: new Map<string, number>() };
    g.articleIds.add(m.articleId);
    g.count++;
    g.writings.set(given, (g.writings.get(given) ?? 0) + 1);
    byKey.set(key, g);
  }
  const keys = [...byKey.keys()].sort();
  if (keys.length < 2) return [];
  const uf = new UnionFind(keys.length);
  // A person has a handful of given-name spellings at most, so all pairs are cheap.
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if (givenNameVariant(keys[i] as string, keys[j] as string, packs)) uf.union(i, j);
  }
  const out: GivenForm[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    for (const i of group) {
      const g = byKey.get(keys[i] as string) as GivenForm;
      out.push({ ...g, text: mostWritten(g.writings, g.text) });
    }
  }
  return out.sort((a, b) => byText(a.key, b.key));
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
      const givenVariants = givenNameForms(mentions, rulePacks);
      if (forms.size < 2 && givenVariants.length === 0) continue;
      const list = [...forms.values()]
        .map((f) => ({ ...f, text: mostWritten(f.writings, f.text) }))
        .sort((a, b) => byText(a.key, b.key));
      const perArticle = new Map<string, Set<string>>();
      for (const f of [...list, ...givenVariants.map((g) => ({ ...g, key: `given\u0000${g.key}` }))]) {
        for (const a of f.articleIds) {
          const set = perArticle.get(a) ?? new Set<string>();
          set.add(f.key);
          perArticle.set(a, set);
        }
      }
      // An article is inconsistent when it writes the surname two ways, or the given name two ways.
      const inconsistentArticles = [...perArticle.entries()]
        .filter(([, set]) => [...set].filter((k) => !k.startsWith('given\u0000')).length > 1 || [...set].filter((k) => k.startsWith('given\u0000')).length > 1)
        .map(([a]) => a)
        .sort();
      const canonicalParts = personParts({ text: entity.canonical, span: { start: 0, end: 0 }, kind: 'person' });
      const canonicalSurname = surnameSpelling(canonicalParts.surname);
      const canonicalForm = list.find((f) => f.key === canonicalSurname) ?? list[0];
      const canonicalText = canonicalForm?.text ?? entity.canonical;
      const canonicalReason: CanonicalReason = alignment.canonicalReasons?.get(entity.id) ?? 'most-mentions';
      const langsOf = (ids: ReadonlySet<string>) => new Set([...ids].map((a) => context.packOf(a).code));
      const sound = (t: string) => colognePhonetic(foldName(nameKey(t, rulePacks)));
      const swappable = new Set(rulePacks.flatMap((p) => [...p.transliterationLetters]));
      const onlySwappable = (a: string, b: string) =>
        diffChars(a, b).every((p) => (!p.added && !p.removed) || [...p.value].every((c) => swappable.has(c)));
      // Different languages writing one name by their own rules (Selenskyj / Zelensky) is expected, not an error:
      // a form is a transliteration when no article of the canonical form's languages uses it and its key is the same.
      // Transliteration tables differ in detail (Selenskyj / Zelensky): equal keys or equal sounds both count.
      const transliterates = (text: string, ids: ReadonlySet<string>, canon: string, canonIds: ReadonlySet<string>) => {
        const canonLangs = langsOf(canonIds);
        const key = nameKey(canon, rulePacks);
        // Accents dropped or a hyphen turned into a space ("Wojcik", "Anna Lena") is how a name gets misspelt, not
        // another language's rule: only forms that differ in letters can be transliterations.
        const bare = (t: string) => foldName(t).replace(/\s+/g, '');
        return (
          bare(text) !== bare(canon) &&
          [...langsOf(ids)].every((l) => !canonLangs.has(l)) &&
          (nameKey(text, rulePacks) === key || (sound(text) === sound(canon) && onlySwappable(nameKey(text, rulePacks), key)))
        );
      };
      const isTransliteration = (f: Form) =>
        f !== canonicalForm && !!canonicalForm && transliterates(f.text, f.articleIds, canonicalText, canonicalForm.articleIds);
      const misspelt = list.filter((f) => f !== canonicalForm && !isTransliteration(f));
      // The canonical given name: the one the canonical name uses, else the most frequent.
      const canonicalGivenKey = canonicalParts.given ? foldSpelling(canonicalParts.given) : undefined;
      const canonicalGiven = givenVariants.find((g) => g.key === canonicalGivenKey) ?? [...givenVariants].sort((a, b) => b.count - a.count || byText(a.key, b.key))[0];
      const givenTransliteration = (g: GivenForm) =>
        g !== canonicalGiven && !!canonicalGiven && transliterates(g.text, g.articleIds, canonicalGiven.text, canonicalGiven.articleIds);
      const misspeltGiven = givenVariants.filter((g) => g !== canonicalGiven && !givenTransliteration(g));
      const transliteration = misspelt.length === 0 && misspeltGiven.length === 0;
      const surnameWriting = canonicalText;
      // With one surname spelling, the forms are the full names whose given names differ ("Hanna Okafor" / "Hannah Okafor").
      const shown = list.length >= 2
        ? list.map((f) => ({ text: f.text, articleIds: f.articleIds, count: f.count, translit: isTransliteration(f) }))
        : givenVariants.map((g) => ({ text: `${g.text} ${surnameWriting}`, articleIds: g.articleIds, count: g.count, translit: givenTransliteration(g) }));
      const forms_ = shown.map((f) => ({
        text: f.text,
        articleIds: [...f.articleIds].sort(),
        count: f.count,
        ...(f.translit ? { transliteration: true } : {}),
      }));
      const givenNames = givenVariants.map((g) => ({
        text: g.text,
        articleIds: [...g.articleIds].sort(),
        count: g.count,
        ...(givenTransliteration(g) ? { transliteration: true } : {}),
      }));
      const diffPairs: [string, string][] = [
        ...(transliteration ? list.filter((f) => f !== canonicalForm) : misspelt).map((f) => [canonicalText, f.text] as [string, string]),
        ...(canonicalGiven ? (transliteration ? givenVariants.filter((g) => g !== canonicalGiven) : misspeltGiven).map((g) => [canonicalGiven.text, g.text] as [string, string]) : []),
      ];
      const givenList = list.length >= 2 && givenNames.length > 0
        ? `; ${givenNames.map((g) => `${g.text} (${g.articleIds.join(', ')}${g.transliteration ? '; transliteration' : ''})`).join('; ')}`
        : '';
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
          ...(givenNames.length > 0 ? { givenNames } : {}),
          inconsistentArticles,
          diffs: diffPairs.map(([canon, variant]) => ({
            variant,
            canonical: canon,
            // From the canonical spelling to the variant: `added` marks letters only the variant has.
            parts: diffChars(canon, variant).map((p) => ({
              value: p.value,
              ...(p.added ? { added: true } : {}),
              ...(p.removed ? { removed: true } : {}),
            })),
          })),
        },
        params: {
          formList: forms_.map((f) => `${f.text} (${f.articleIds.join(', ')}${f.transliteration ? '; transliteration' : ''})`).join('; ') + givenList,
          inconsistent: inconsistentArticles.length ? inconsistentArticles.join(', ') : '–',
        },
      });
    }
    return drafts;
  },
});
