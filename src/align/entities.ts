import type { Claim, Entity, EntityKind, EntityMention } from '../model/schema.js';
import type { ArticleClaims } from '../extract/types.js';
import { foldName, foldSpelling, genitiveBase, Memo, nameKey } from './fold.js';
import { compareNamesShared, sameGivenNameGroup } from './names.js';
import type { NamePack } from './pack.js';
import { colognePhonetic } from './phonetic.js';
import type { CanonicalReason, LocatedMention } from './types.js';
import { UnionFind } from './unionFind.js';
import { packs as languagePacks } from '../lang/index.js';
import { LEGAL_FORMS } from '../lang/shared/organizations.js';

const legalForms = new Set(LEGAL_FORMS);

/** The grouping key of a non-person entity: folded name, and for organisations without a trailing legal form. */
function otherKey(m: EntityMention): string {
  const f = foldName(mentionName(m));
  if (m.kind !== 'organization') return `${m.kind}\u0000${f}`;
  const words = f.split(' ');
  while (words.length > 1 && legalForms.has(words[words.length - 1] as string)) words.pop();
  return `${m.kind}\u0000${words.join(' ')}`;
}

/** Whether `short` abbreviates `long`: starts with its first letter and takes its other letters in order ("EZB"). */
function abbreviates(short: string, long: string): boolean {
  const s = foldName(short).replace(/\s+/g, '');
  const l = foldName(long).replace(/\s+/g, '');
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let at = 1;
  for (const ch of s.slice(1)) {
    at = l.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}\d]*\p{Lu}$/u;

/**
 * Abbreviations introduced in parentheses right after an organisation's name ("Bundesanstalt für Geowissenschaften und
 * Rohstoffe (BGR)"): alias key to the key of the full name.
 */
function abbreviationAliases(items: readonly Item[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const byClaim = new Map<string, Item[]>();
  for (const it of items) {
    if (it.mention.kind !== 'organization') continue;
    const list = byClaim.get(it.claimId) ?? [];
    list.push(it);
    byClaim.set(it.claimId, list);
  }
  for (const list of byClaim.values()) {
    list.sort((a, b) => a.mention.span.start - b.mention.span.start);
    for (let i = 1; i < list.length; i++) {
      const long = (list[i - 1] as Item).mention;
      const short = (list[i] as Item).mention;
      const gap = short.span.start - long.span.end;
      if (gap < 1 || gap > 3 || !ACRONYM.test(short.text) || !abbreviates(short.text, mentionName(long))) continue;
      const from = otherKey(short);
      const to = otherKey(long);
      if (from !== to && !aliases.has(from)) aliases.set(from, to);
    }
  }
  return aliases;
}

// Given names of every pack, folded: a name that opens with one is a person's.
const knownGiven = new Set(Object.values(languagePacks).flatMap((p) => p.extract.givenNames.map(foldName)));

// Articles and other determiners of every language: "der Koch" is a cook even when a Koch is in the story.
const determiners = new Set(Object.values(languagePacks).flatMap((p) => p.extract.determiners.map((d) => d.toLowerCase())));

/** A located mention plus where its claim sits, for sorting without looking anything up again. */
interface Item extends LocatedMention {
  claimIndex: number;
}

/** The name parts of a person mention, with role words removed. */
export interface PersonParts {
  /** The mention text without its role ("Anna Berger"). */
  name: string;
  surname: string;
  given?: string;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const EDGE = /^[\s,;:–—-]+|[\s,;:–—-]+$/gu;
/** Surnames shorter than this are too ambiguous to look for misspelt copies of them in running text. */
const SWEEP_MIN_LETTERS = 5;
/** Score a token must reach against a resolved surname before it is added as a mention of it. */
const SWEEP_MIN_SCORE = 0.8;
/** Blocks bigger than this are skipped: a key shared by that many names carries no signal and would cost quadratic time. */
const MAX_BLOCK = 64;

/** Removes the role words of a mention from its text ("Bürgermeisterin Anna Berger" → "Anna Berger"). */
export function mentionName(m: EntityMention): string {
  // Asked for every mention at every step; a pure function of text and role. Keyed by the text itself (and the role
  // first, when there is one): a key string joined per call cost more than the lookup.
  const role = m.role;
  if (!role) return nameMemo.get(m.text, () => mentionNameUncached(m));
  return roleMemo.get(role, newNameMemo).get(m.text, () => mentionNameUncached(m));
}

const nameMemo = new Memo<string>();
const roleMemo = new Memo<Memo<string>>(1 << 10);
const newNameMemo = () => new Memo<string>(1 << 12);

function mentionNameUncached(m: EntityMention): string {
  let text = m.text;
  if (m.role) {
    const at = text.indexOf(m.role);
    if (at >= 0) text = text.slice(0, at) + text.slice(at + m.role.length);
  }
  const cleaned = text.replace(/\s+/g, ' ').replace(EDGE, '');
  return cleaned || m.text.trim();
}

/** Splits a person mention into name, surname and given names, trusting what the extractor filled in. */
export function personParts(m: EntityMention): PersonParts {
  // Asked for every mention by every step (grouping, splitting, canonical choice, the name-variant detector); a pure
  // function of four fields, keyed unambiguously by their lengths. Callers get a copy they may change.
  const { text, role, surname, given } = m;
  return { ...partsOf(m) };
}

/** `personParts` for callers here that only read the parts: shared, not copied. */
function partsOf(m: EntityMention): Readonly<PersonParts> {
  const { text, role, surname, given } = m;
  // The same mention object is asked about many times within one resolution: checked by its four fields, no key built.
  const seen = partsOfMention.get(m);
  if (seen && seen.text === text && seen.role === role && seen.surname === surname && seen.given === given) return seen.parts;
  const key = `${text.length}:${role?.length ?? -1}:${surname?.length ?? -1}:${given?.length ?? -1}:${text}${role ?? ''}${surname ?? ''}${given ?? ''}`;
  const parts = partsMemo.get(key, () => partsUncached(m));
  partsOfMention.set(m, { text, role, surname, given, parts });
  return parts;
}

const partsMemo = new Memo<PersonParts>(1 << 14);
const partsOfMention = new WeakMap<
  EntityMention,
  { text: string; role: string | undefined; surname: string | undefined; given: string | undefined; parts: PersonParts }
>();

function partsUncached(m: EntityMention): PersonParts {
  const name = mentionName(m);
  const words = name.match(WORD) ?? [name];
  const surname = (m.surname ?? words[words.length - 1] ?? name).trim();
  let given = m.given?.trim();
  if (!given) {
    const at = name.lastIndexOf(surname);
    const before = at > 0 ? name.slice(0, at).replace(EDGE, '').trim() : '';
    if (before) given = before;
  }
  return given ? { name, surname, given } : { name, surname };
}

/** The spelling of a surname as a reader sees it: case and spacing folded, a possessive 's dropped. */
export function surnameSpelling(surname: string): string {
  return spellingMemo.get(surname, (x) => foldSpelling(x).replace(/['’]s$/u, ''));
}

const spellingMemo = new Memo<string>();

/** Role groups with the same index name the same office in every pack, so "Präsident" fits "President". */
const matcherCache = new WeakMap<readonly NamePack[], string[][]>();

function roleMatchers(packs: readonly NamePack[]): string[][] {
  const cached = matcherCache.get(packs);
  if (cached) return cached;
  const out: string[][] = [];
  for (const p of packs) {
    p.roleGroups.forEach((g, i) => {
      out[i] = [...(out[i] ?? []), ...g.map((w) => foldName(w).replace(/\s+/g, ''))];
    });
  }
  matcherCache.set(packs, out);
  return out;
}

/**
 * Whether two sets of roles can belong to one person. Only two roles that both name a known office, and never the
 * same one, keep people apart ("Keller, mayor" vs "Keller, spokeswoman"); a role the packs do not know
 * ("Stadtrat" vs "councillor") is no evidence either way, so a misspelt name is still caught.
 */
export function rolesCompatible(a: ReadonlySet<string>, b: ReadonlySet<string>, packs: readonly NamePack[]): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const groups = roleMatchers(packs);
  const officesOf = (roles: ReadonlySet<string>) => {
    const offices = new Set<number>();
    for (const r of roles) {
      const f = foldName(r).replace(/\s+/g, '');
      groups.forEach((g, i) => {
        if (g.some((w) => f.includes(w))) offices.add(i);
      });
    }
    return offices;
  };
  for (const ra of a) {
    for (const rb of b) {
      const fa = foldName(ra).replace(/\s+/g, '');
      const fb = foldName(rb).replace(/\s+/g, '');
      if (fa === fb || fa.includes(fb) || fb.includes(fa)) return true;
    }
  }
  const oa = officesOf(a);
  const ob = officesOf(b);
  if (oa.size === 0 || ob.size === 0) return true;
  for (const o of oa) if (ob.has(o)) return true;
  // The head of one institution named by two head words ("Kommissionspräsidentin" / "Kommissionschefin"): same
  // institution in front, and both heads of something (government, state, chair); "Regierungssprecher" is not one.
  const heads = (r: string) => {
    const f = foldName(r).replace(/[\s-]+/g, '');
    const out: string[] = [];
    for (const i of HEAD_OFFICES) for (const w of groups[i] ?? []) {
      const at = f.indexOf(w);
      if (at >= 4) out.push(f.slice(0, at));
    }
    return out;
  };
  for (const ra of a) {
    const ha = heads(ra.split(/[-‐]/).pop() ?? ra);
    if (ha.length === 0) continue;
    for (const rb of b) if (heads(rb.split(/[-‐]/).pop() ?? rb).some((m) => ha.includes(m))) return true;
  }
  return false;
}

/** Role groups that name the head of something (government, state, a chair), by their index in every pack. */
const HEAD_OFFICES = [0, 1, 6];

function byPosition(a: Item, b: Item): number {
  return (
    (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
    a.claimIndex - b.claimIndex ||
    a.mention.span.start - b.mention.span.start ||
    a.mention.span.end - b.mention.span.end
  );
}

/** Candidate pairs of strings that share a blocking key (sound code, first or last letters of the key). */
function blockedPairs(values: readonly string[], packs: readonly NamePack[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  values.forEach((v, i) => {
    const key = nameKey(v, packs).replace(/\s+/g, '');
    for (const b of [`p:${colognePhonetic(v)}`, `s:${key.slice(0, 3)}`, `e:${key.slice(-3)}`]) {
      const list = blocks.get(b);
      if (list) list.push(i);
      else blocks.set(b, [i]);
    }
  });
  // A pair as one number (i < j < values.length), not a string per candidate pair.
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  // Only blocks that yield pairs are sorted: most keys hold one spelling.
  const pairing: string[] = [];
  for (const [k, list] of blocks) if (list.length >= 2 && list.length <= MAX_BLOCK) pairing.push(k);
  for (const k of pairing.sort()) {
    const list = blocks.get(k) as number[];
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const id = i * values.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

function roleSet(items: readonly Item[]): Set<string> {
  return new Set(items.map((it) => it.mention.role).filter((r): r is string => !!r));
}

/** Whether some article names both groups of mentions with a given name each. */
function introducedTogether(a: readonly Item[], b: readonly Item[]): boolean {
  return sharesArticle(articlesNamingInFull(a), articlesNamingInFull(b));
}

/** The articles that give a mention of the group with its given name. */
function articlesNamingInFull(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  for (const it of items) if (partsOf(it.mention).given) out.add(it.articleId);
  return out;
}

function sharesArticle(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of b) if (a.has(id)) return true;
  return false;
}

/** Groups person mentions into people: surnames by spelling likeness, then split by given names and roles. */
function resolvePeople(items: Item[], packs: readonly NamePack[], threshold?: number): Item[][] {
  const bySpelling = new Map<string, Item[]>();
  for (const it of items) {
    const s = surnameSpelling(partsOf(it.mention).surname);
    const list = bySpelling.get(s);
    if (list) list.push(it);
    else bySpelling.set(s, [it]);
  }
  const spellings = [...bySpelling.keys()].sort();
  const uf = new UnionFind(spellings.length);
  // A genitive or plural "s" ("Trumps", "Abes") is grammar, not another name.
  const index = new Map(spellings.map((sp, i) => [sp, i] as const));
  spellings.forEach((sp, i) => {
    const g = genitiveBase(sp);
    const base = g === undefined ? undefined : index.get(g);
    if (base !== undefined) uf.union(i, base);
  });
  // Roles and fully named articles per spelling, read once: a common surname meets many candidate spellings.
  const rolesOf = new Map<string, Set<string>>();
  const roles = (sp: string) => {
    let set = rolesOf.get(sp);
    if (set === undefined) rolesOf.set(sp, (set = roleSet(bySpelling.get(sp) ?? [])));
    return set;
  };
  const fullOf = new Map<string, Set<string>>();
  const full = (sp: string) => {
    let set = fullOf.get(sp);
    if (set === undefined) fullOf.set(sp, (set = articlesNamingInFull(bySpelling.get(sp) ?? [])));
    return set;
  };
  for (const [i, j] of blockedPairs(spellings, packs)) {
    const a = spellings[i] as string;
    const b = spellings[j] as string;
    const cmp = compareNamesShared(a, b, packs, threshold);
    if (!cmp.same) continue;
    // Two spellings only merge when their roles fit; "Keller, mayor" and "Kellner, spokeswoman" are two people.
    if (!rolesCompatible(roles(a), roles(b), packs)) continue;
    // An article that introduces both spellings with a given name ("Jürgen Maier … Jürgen Mayer") means two people
    // with similar names; a misspelt copy of one person is rarely given its full name again in the same text.
    if (sharesArticle(full(a), full(b))) continue;
    uf.union(i, j);
  }
  const people: Item[][] = [];
  for (const group of uf.groups()) {
    const members = group.flatMap((i) => bySpelling.get(spellings[i] as string) ?? []);
    people.push(...splitByGivenName(members, packs));
  }
  return people;
}

/** Splits one surname group into people by given name; bare surnames join the person their article names. */
function splitByGivenName(members: Item[], packs: readonly NamePack[]): Item[][] {
  const byGiven = new Map<string, Item[]>();
  const bare: Item[] = [];
  for (const it of members) {
    const g = partsOf(it.mention).given;
    if (!g) {
      bare.push(it);
      continue;
    }
    const f = foldName(g);
    const list = byGiven.get(f);
    if (list) list.push(it);
    else byGiven.set(f, [it]);
  }
  if (byGiven.size === 0) return [bare];
  const givens = [...byGiven.keys()].sort();
  const uf = new UnionFind(givens.length);
  for (let i = 0; i < givens.length; i++) {
    for (let j = i + 1; j < givens.length; j++) {
      const a = givens[i] as string;
      const b = givens[j] as string;
      // A short form the packs know ("Bill" for "William") is the same given name, unless one article names both
      // ("Jan and Hans Berger" are brothers, though Jan and Hans are both forms of Johannes).
      const shortForm = () => sameGivenNameGroup(a, b, packs) && !introducedTogether(byGiven.get(a) ?? [], byGiven.get(b) ?? []);
      if (!compareNamesShared(a, b, packs).same && !shortForm()) continue;
      if (a !== b && !rolesCompatible(roleSet(byGiven.get(a) ?? []), roleSet(byGiven.get(b) ?? []), packs)) continue;
      uf.union(i, j);
    }
  }
  // An initial ("J. Harcourt") is the person whose given name starts with it, when only one does.
  givens.forEach((g, i) => {
    if (g.replace(/\s+/g, '').length !== 1) return;
    const fits = givens.map((h, k) => [h, k] as const).filter(([h]) => h.length > 1 && h[0] === g);
    if (new Set(fits.map(([, k]) => uf.find(k))).size === 1) uf.union(i, fits[0]![1]);
  });
  const persons = uf.groups().map((g) => g.flatMap((i) => byGiven.get(givens[i] as string) ?? []));
  for (const it of bare) {
    const roles = roleSet([it]);
    let best = -1;
    let bestRank: number[] = [];
    // A bare surname refers to the person of that name mentioned last before it in the same article
    // ("Anna Müller … Hans Müller … Müller sagte" is Hans); failing that, to the one its article names most.
    const at = (x: Item) => x.claimIndex * 1e7 + x.mention.span.start;
    persons.forEach((p, idx) => {
      if (!rolesCompatible(roles, roleSet(p), packs)) return;
      const here = p.filter((x) => x.articleId === it.articleId);
      const before = here.filter((x) => at(x) < at(it)).reduce((m, x) => Math.max(m, at(x)), -1);
      const rank = [before, here.length, p.length];
      const better = rank.findIndex((v, k) => v !== (bestRank[k] ?? -2));
      if (best < 0 || (better >= 0 && rank[better]! > (bestRank[better] ?? -2))) {
        best = idx;
        bestRank = rank;
      }
    });
    if (best >= 0) (persons[best] as Item[]).push(it);
    else persons.push([it]);
  }
  return persons;
}

/** Whether two words differ only by one pair of swapped neighbouring letters (case and accents folded). */
export function isTransposition(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x.length !== y.length || x.length < 5 || x === y) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

/**
 * "Abdel Fattah" read as given name + surname is the double surname "Abdel-Fattah" / "Abdelfattah" another mention
 * spells as one word: when given name and surname joined equal such a surname, the mention is surname-only, so the
 * given-name check does not split one person in two.
 */
function rejoinDoubleNames(persons: readonly Item[]): void {
  const joined = (x: string) => foldName(x).replace(/[^\p{L}\p{N}]+/gu, '');
  const compound = new Set<string>();
  for (const it of persons) {
    const surname = it.mention.surname ?? '';
    if (/[-‐\s]/.test(surname.trim()) || (surname.length >= 8 && !it.mention.given)) compound.add(joined(surname));
  }
  for (const it of persons) {
    const { given, surname } = it.mention;
    if (!given || !surname || given.includes(' ')) continue;
    if (compound.has(joined(given + surname))) {
      it.mention.surname = `${given} ${surname}`;
      delete it.mention.given;
    }
  }
}

/**
 * A "person" whose name another mention gives as a ship, firm or place ("the ferry Islay Spirit" … "Islay Spirit
 * sailings") is that thing: it moves to the thing's group, and its bare last word ("Spirit") is dropped unless a real
 * person of that surname is named. Returns the person items that stay.
 */
function reclassifyThings(persons: readonly Item[], others: Map<string, Item[]>, drop: (it: Item) => void): Item[] {
  const things = new Map<string, EntityKind>();
  const tails = new Set<string>();
  for (const list of others.values()) {
    for (const it of list) {
      const f = foldName(mentionName(it.mention));
      if (!f.includes(' ')) continue;
      if (!things.has(f)) things.set(f, it.mention.kind);
      tails.add(f.slice(f.lastIndexOf(' ') + 1));
    }
  }
  if (things.size === 0) return [...persons];
  const kept: Item[] = [];
  for (const it of persons) {
    const name = foldName(mentionName(it.mention));
    // A known given name in front ("Anna Berger") outweighs one mention that took the person for a firm or place.
    const space = name.indexOf(' ');
    const kind = knownGiven.has(space < 0 ? name : name.slice(0, space)) ? undefined : things.get(name);
    if (kind === undefined) {
      kept.push(it);
      continue;
    }
    const m = it.mention;
    m.kind = kind;
    delete m.given;
    delete m.surname;
    delete m.role;
    const key = otherKey(m);
    const list = others.get(key);
    if (list) list.push(it);
    else others.set(key, [it]);
  }
  // Surnames of people named in full whose full name is no thing ("Anna Spirit" keeps every bare "Spirit" a person).
  const realSurnames = new Set(
    kept
      .filter((it) => foldName(mentionName(it.mention)).includes(' ') && partsOf(it.mention).given)
      .map((it) => foldName(partsOf(it.mention).surname)),
  );
  return kept.filter((it) => {
    const f = foldName(mentionName(it.mention));
    const { given, surname } = partsOf(it.mention);
    // A bare "Spirit" may have inherited "Islay" from the mention the extractor took for a full name.
    const inherited = given !== undefined && !f.includes(' ') && things.has(foldName(`${given} ${surname}`));
    if (f.includes(' ') || !tails.has(f) || (given && !inherited) || realSurnames.has(f)) return true;
    drop(it);
    return false;
  });
}

/**
 * A "person" known only by one capitalized word that the articles also write in lower case ("Organizers said" next
 * to "the organizers") is a common noun at the start of a sentence: names are not written in lower case.
 */
function dropCommonNouns(people: Item[][], claimsByArticle: ReadonlyMap<string, Claim[]>, drop: (it: Item) => void): Item[][] {
  // Only the lower-case forms of people known by one bare word are looked for: a set of every lower-case word of the
  // corpus was most of what this step allocated.
  const wanted = new Set<string>();
  const bareWord = (it: Item) => {
    const name = mentionName(it.mention);
    return !partsOf(it.mention).given && !/\s/.test(name) ? name.toLowerCase() : undefined;
  };
  for (const p of people) {
    const words = p.map(bareWord);
    if (words.every((w) => w !== undefined)) for (const w of words) wanted.add(w!);
  }
  const lower = new Set<string>();
  const lengths = new Set([...wanted].map((w) => w.length));
  if (wanted.size > 0) {
    for (const list of claimsByArticle.values()) {
      for (const c of list) {
        forEachWord(c.text, (text, start, end, first) => {
          // A word is only cut out of the text when it starts in lower case and has the length of a wanted one.
          if ((first & LOWER) === 0 || !lengths.has(end - start)) return;
          const word = text.slice(start, end);
          if (wanted.has(word)) lower.add(word);
        });
      }
    }
  }
  return people.filter((p) => {
    const common = p.every((it) => {
      const word = bareWord(it);
      return word !== undefined && lower.has(word);
    });
    if (common) for (const it of p) drop(it);
    return !common;
  });
}

// Classes of characters the word scans below need, per UTF-16 code unit, read the first time a unit is met: a regular
// expression match per word of the corpus allocated a match array each (most of what entity resolution allocated).
const LETTER = 1;
const MARK = 2;
const LOWER = 4;
const UPPER = 8;
const CLASSIFIED = 16;
const unitClasses = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
}

/** The class of the code point at `i` (a surrogate pair is one code point, classified anew: rare in news text). */
function classAt(text: string, i: number, unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classify(String.fromCodePoint(text.codePointAt(i)!));
  }
  let c = unitClasses[unit]!;
  if (c === 0) unitClasses[unit] = c = CLASSIFIED | classify(String.fromCharCode(unit));
  return c;
}

/** How many UTF-16 units the code point at `i` takes. */
function unitsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Calls `visit` with every maximal run of letters and marks (`[\p{L}\p{M}]+`) and the class of its first code point,
 * and, for a run with an upper-case letter before its last code point, where that letter is (else -1).
 */
function forEachWord(text: string, visit: (text: string, start: number, end: number, first: number, upper: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // ASCII outside letters is most of what is not a word: no class lookup for it.
    if (unit < 0x41 || (unit > 0x5a && unit < 0x61) || (unit > 0x7a && unit < 0x80)) {
      i++;
      continue;
    }
    const first = classAt(text, i, unit);
    if ((first & (LETTER | MARK)) === 0) {
      i += unitsAt(text, i);
      continue;
    }
    const start = i;
    let upper = -1;
    let cls = first;
    for (;;) {
      const at = i;
      i += unitsAt(text, i);
      if (i >= n) break;
      const next = classAt(text, i, text.charCodeAt(i));
      if ((next & (LETTER | MARK)) === 0) break;
      // An upper-case letter followed by another letter or mark starts a capitalised word ("McDonald" at M, "iPhone" at P).
      if (upper < 0 && (cls & UPPER) !== 0) upper = at;
      cls = next;
    }
    visit(text, start, i, first, upper);
  }
}

/** A word's sound code and the first and last three letters of its transliteration key. */
function sweepKeys(word: string, packs: readonly NamePack[]): readonly [string, string, string] {
  const key = nameKey(word, packs).replace(/\s+/g, '');
  return [colognePhonetic(word), key.slice(0, 3), key.slice(-3)];
}

/** What the variant sweep reads from one capitalised word: its spelling, and the surnames it may be a variant of. */
interface SweepWord {
  spelling: string;
  isKnown: boolean;
  candidates?: Set<SweepTarget>;
}

/** What the variant sweep needs to know about one resolved person. */
interface SweepTarget {
  person: number;
  surname: string;
  spelling: string;
}

/**
 * Finds misspelt surnames the extractor did not tag ("Merkel und Schulze" when another mention says "Olaf Scholze")
 * and returns them as new person mentions, each with the index of the person it belongs to.
 */
function sweepVariants(
  articles: readonly ArticleClaims[],
  claimsByArticle: ReadonlyMap<string, Claim[]>,
  people: readonly Item[][],
  packs: readonly NamePack[],
): { person: number; item: Item }[] {
  const targets: SweepTarget[] = [];
  const known = new Set<string>();
  // Which people each known spelling belongs to: a spelling of exactly one person is linked wherever it stands.
  const owners = new Map<string, Set<number>>();
  people.forEach((p, person) => {
    const seen = new Set<string>();
    for (const it of p) {
      const surname = partsOf(it.mention).surname;
      const spelling = surnameSpelling(surname);
      known.add(spelling);
      const set = owners.get(spelling) ?? new Set<number>();
      set.add(person);
      owners.set(spelling, set);
      if (seen.has(spelling) || [...spelling].length < SWEEP_MIN_LETTERS) continue;
      seen.add(spelling);
      targets.push({ person, surname, spelling });
    }
  });
  if (targets.length === 0) return [];
  // One map per kind of key (sound code, first and last letters of the key), so that no prefixed key string is built
  // per capitalised word of the corpus; a word's three keys are read once per word.
  const blocks = [new Map<string, SweepTarget[]>(), new Map<string, SweepTarget[]>(), new Map<string, SweepTarget[]>()] as const;
  const blockKeys = (word: string) => sweepKeys(word, packs);
  for (const t of targets) {
    const keys = blockKeys(t.surname);
    for (let k = 0; k < 3; k++) {
      const list = blocks[k]!.get(keys[k]!);
      if (list) list.push(t);
      else blocks[k]!.set(keys[k]!, [t]);
    }
  }
  // Letters, not UTF-16 units; a word of twice the minimum in units has enough letters without counting them.
  // Most capitalised words are near no surname: they are dropped before their span is mapped back (null).
  // Targets are distinct per person and spelling, so a set of them is the set of candidates.
  const sweepWord = (word: string): SweepWord | null => {
    if (word.length < SWEEP_MIN_LETTERS || (word.length < 2 * SWEEP_MIN_LETTERS && [...word].length < SWEEP_MIN_LETTERS)) return null;
    const spelling = surnameSpelling(word);
    if (known.has(spelling)) return { spelling, isKnown: true };
    let candidates: Set<SweepTarget> | undefined;
    const keys = blockKeys(word);
    for (let k = 0; k < 3; k++) {
      const list = blocks[k]!.get(keys[k]!);
      if (list && list.length <= MAX_BLOCK) for (const t of list) (candidates ??= new Set()).add(t);
    }
    return candidates === undefined ? null : { spelling, isKnown: false, candidates };
  };
  const wordInfo = new Map<string, SweepWord | null>();
  const found: { person: number; item: Item }[] = [];
  for (const article of articles) {
    for (const claim of claimsByArticle.get(article.id) ?? []) {
      const sentence = article.sentences[claim.index];
      if (!sentence) continue;
      forEachWord(claim.text, (text, _start, end, _first, upper) => {
        // A capitalised word: from its first upper-case letter that another letter follows (`\p{Lu}[\p{L}\p{M}]+`).
        // Too short in UTF-16 units is too short in letters: such a word is not even cut out of the text.
        if (upper < 0 || end - upper < SWEEP_MIN_LETTERS) return;
        const word = text.slice(upper, end);
        // What a word is (a known spelling, near some surnames, or neither) is read once per distinct word.
        let info = wordInfo.get(word);
        if (info === undefined) wordInfo.set(word, (info = sweepWord(word)));
        if (info === null) return;
        const { spelling, isKnown, candidates } = info;
        const local = upper;
        const span = article.document.toOriginal({
          start: sentence.span.start + local,
          end: sentence.span.start + local + word.length,
        });
        if (claim.entities.some((e) => e.span.start < span.end && span.start < e.span.end)) return;
        if (isKnown) {
          // The same surname another article gives a person, where this article's extractor had no evidence
          // ("Virtanen tritt ihr Amt an"): linked when one person owns it and no article makes it a common noun.
          const who = owners.get(spelling);
          const before = claim.text.slice(Math.max(0, local - 12), local).toLowerCase().split(/\s+/).filter(Boolean).pop() ?? '';
          if (!who || who.size !== 1 || determiners.has(before)) return;
          const mention: EntityMention = { text: word, span, kind: 'person', surname: word };
          claim.entities.push(mention);
          found.push({ person: [...who][0]!, item: { articleId: article.id, claimId: claim.id, claimIndex: claim.index, mention } });
          return;
        }
        let best: { person: number; score: number } | null = null;
        let tie = false;
        // The outcome (the best score's person, or a tie between two people) does not depend on the order of candidates.
        for (const t of candidates ?? []) {
          const cmp = compareNamesShared(word, t.surname, packs);
          if (!cmp.same || cmp.score < SWEEP_MIN_SCORE) continue;
          // German capitalizes every noun, so a word one letter off a surname is often just a word (Kellner/Keller):
          // running text only yields a name when it also sounds like it or is a transliteration of it.
          // Two swapped neighbouring letters ("Vitranen"/"Virtanen") are a typist's slip, not another word.
          const soundsAlike =
            cmp.reasons.includes('translit-key') || colognePhonetic(word) === colognePhonetic(t.surname) || isTransposition(word, t.surname);
          if (!soundsAlike) continue;
          if (!best || cmp.score > best.score) {
            tie = false;
            best = { person: t.person, score: cmp.score };
          } else if (cmp.score === best.score && t.person !== best.person) tie = true;
        }
        if (!best || tie) return;
        const mention: EntityMention = { text: word, span, kind: 'person', surname: word };
        claim.entities.push(mention);
        found.push({ person: best.person, item: { articleId: article.id, claimId: claim.id, claimIndex: claim.index, mention } });
      });
    }
  }
  return found;
}

interface SpellingStats {
  spelling: string;
  articles: Set<string>;
  count: number;
}

/** Picks the canonical spelling: gazetteer, then most sources, then a self-consistent source, then most mentions. */
function chooseCanonical(
  kind: EntityKind,
  items: readonly Item[],
  gazetteer: readonly string[],
  packs: readonly NamePack[],
): { canonical: string; reason: CanonicalReason } {
  const spellingOf = (it: Item) =>
    kind === 'person' ? surnameSpelling(partsOf(it.mention).surname) : foldSpelling(mentionName(it.mention));
  // Each item's spelling read once: the steps below ask for it again.
  const spellings = items.map(spellingOf);
  const stats = new Map<string, SpellingStats>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const s = spellings[i]!;
    const st = stats.get(s) ?? { spelling: s, articles: new Set<string>(), count: 0 };
    st.articles.add(it.articleId);
    st.count++;
    stats.set(s, st);
  }
  // A source that drops the accents ("Wojcik") still attests the letters of the accented spelling ("Wójcik"), which
  // only someone who knows the name types: its mentions count for the accented spelling.
  if (kind === 'person') {
    const byFold = new Map<string, SpellingStats[]>();
    for (const st of stats.values()) {
      const f = foldName(st.spelling);
      byFold.set(f, [...(byFold.get(f) ?? []), st]);
    }
    const marks = (t: string) => t.normalize('NFD').length - t.length;
    for (const list of byFold.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => marks(b.spelling) - marks(a.spelling) || b.count - a.count || (a.spelling < b.spelling ? -1 : 1));
      const [head, second] = list as [SpellingStats, SpellingStats];
      if (marks(head.spelling) === marks(second.spelling)) continue;
      for (const st of list.slice(1)) {
        for (const a of st.articles) head.articles.add(a);
        head.count += st.count;
        stats.delete(st.spelling);
      }
    }
  }
  // The given name most sources write wins among full names of one surname spelling ("Krzysztof" over "Krysztof").
  const givenStats = new Map<string, { articles: Set<string>; count: number }>();
  if (kind === 'person') {
    for (const it of items) {
      const g = partsOf(it.mention).given;
      if (!g) continue;
      const st = givenStats.get(foldSpelling(g)) ?? { articles: new Set<string>(), count: 0 };
      st.articles.add(it.articleId);
      st.count++;
      givenStats.set(foldSpelling(g), st);
    }
  }
  const givenWeight = (t: string): [number, number] => {
    const name = partsOf({ text: t, span: { start: 0, end: 0 }, kind: 'person' }).given;
    const st = name ? givenStats.get(foldSpelling(name)) : undefined;
    return st ? [st.articles.size, st.count] : [0, 0];
  };
  const fullest = (spelling: string) => {
    const texts = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (spellings[i] !== spelling) continue;
      const t = mentionName(it.mention);
      texts.set(t, (texts.get(t) ?? 0) + 1);
    }
    // Word counts and given-name weights read once per text, not once per comparison of the sort.
    const ranked = [...texts.entries()].map(([t, n]) => ({ t, n, words: (t.match(WORD) ?? []).length, given: givenWeight(t) }));
    return ranked.sort((a, b) => {
      const [ga, gb] = [a.given, b.given];
      return b.words - a.words || gb[0] - ga[0] || gb[1] - ga[1] || b.n - a.n || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
    })[0]?.t as string;
  };
  if (kind === 'person') {
    const names = [...new Set(items.map((it) => mentionName(it.mention)))].sort();
    for (const g of gazetteer) {
      if (names.some((n) => compareNamesShared(g, n, packs).same)) return { canonical: g, reason: 'gazetteer' };
    }
  }
  const all = [...stats.values()];
  const maxArticles = Math.max(...all.map((s) => s.articles.size));
  let pool = all.filter((s) => s.articles.size === maxArticles);
  let reason: CanonicalReason = 'majority-of-sources';
  if (pool.length > 1) {
    // An article that uses a single spelling throughout is more trustworthy than one that mixes several.
    const consistent = new Set<string>();
    const perArticle = new Map<string, Set<string>>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const set = perArticle.get(it.articleId) ?? new Set<string>();
      set.add(spellings[i]!);
      perArticle.set(it.articleId, set);
    }
    for (const [a, set] of perArticle) if (set.size === 1) consistent.add(a);
    const trusted = pool.filter((s) => [...s.articles].some((a) => consistent.has(a)));
    if (trusted.length > 0 && trusted.length < pool.length) {
      pool = trusted;
      reason = 'self-consistent-source';
    } else reason = 'most-mentions';
  }
  pool.sort((a, b) => b.count - a.count || (a.spelling < b.spelling ? -1 : a.spelling > b.spelling ? 1 : 0));
  return { canonical: fullest((pool[0] as SpellingStats).spelling), reason };
}

function slug(text: string): string {
  return foldName(text).replace(/\s+/g, '-').slice(0, 60) || 'x';
}

/** Result of entity resolution. */
export interface ResolvedEntities {
  entities: Entity[];
  mentions: Map<string, LocatedMention[]>;
  canonicalReasons: Map<string, CanonicalReason>;
}

/**
 * Resolves every entity mention of the claims (which it may extend with swept variants and fills `entityId` on).
 * `claimsByArticle` holds the caller's copies of the claims, which this function mutates.
 */
export function resolveEntities(
  articles: readonly ArticleClaims[],
  claimsByArticle: ReadonlyMap<string, Claim[]>,
  gazetteer: readonly string[],
  packs: readonly NamePack[],
  nameThreshold?: number,
): ResolvedEntities {
  const persons: Item[] = [];
  const others = new Map<string, Item[]>();
  for (const article of articles) {
    for (const claim of claimsByArticle.get(article.id) ?? []) {
      for (const mention of claim.entities) {
        const item: Item = { articleId: article.id, claimId: claim.id, claimIndex: claim.index, mention };
        if (mention.kind === 'person') {
          persons.push(item);
          continue;
        }
        // Places, organisations and everything else group by their folded name only; they never join a person.
        const key = otherKey(mention);
        const list = others.get(key);
        if (list) list.push(item);
        else others.set(key, [item]);
      }
    }
  }
  // "Chinas" and "China" are one place: a key that is another key plus a genitive "s" joins it.
  for (const key of [...others.keys()].sort().reverse()) {
    const g = genitiveBase(key);
    const base = g === undefined ? undefined : others.get(g);
    if (!base) continue;
    base.push(...(others.get(key) ?? []));
    others.delete(key);
  }
  // A bare "BGR" anywhere is the organisation that one article introduced as "… Rohstoffe (BGR)".
  const aliases = abbreviationAliases([...others.values()].flat());
  const aliasSpellings = new Set<string>();
  for (const from of [...aliases.keys()].sort()) {
    let to = aliases.get(from) as string;
    for (let hops = 0; aliases.has(to) && hops < 8; hops++) to = aliases.get(to) as string;
    const moved = others.get(from);
    const target = others.get(to);
    if (!moved || !target || moved === target) continue;
    for (const it of moved) aliasSpellings.add(foldSpelling(mentionName(it.mention)));
    target.push(...moved);
    others.delete(from);
  }
  const claimById = new Map<string, Claim>();
  for (const list of claimsByArticle.values()) for (const c of list) claimById.set(c.id, c);
  const dropMention = (it: Item) => {
    const claim = claimById.get(it.claimId);
    const at = claim ? claim.entities.indexOf(it.mention) : -1;
    if (claim && at >= 0) claim.entities.splice(at, 1);
  };
  const kept = reclassifyThings(persons, others, dropMention);
  rejoinDoubleNames(kept);
  const people = dropCommonNouns(resolvePeople(kept, packs, nameThreshold), claimsByArticle, dropMention);
  for (const { person, item } of sweepVariants(articles, claimsByArticle, people, packs)) {
    (people[person] as Item[]).push(item);
  }
  const groups: { kind: EntityKind; items: Item[] }[] = [
    ...people.filter((p) => p.length > 0).map((items) => ({ kind: 'person' as EntityKind, items })),
    ...[...others.keys()].sort().map((k) => {
      const items = others.get(k) as Item[];
      return { kind: (items[0] as Item).mention.kind, items };
    }),
  ];
  const built = groups.map((g) => {
    const items = [...g.items].sort(byPosition);
    // An abbreviation is an alias: the full name stays canonical.
    const named = g.kind === 'person' || aliasSpellings.size === 0 ? items : items.filter((it) => !aliasSpellings.has(foldSpelling(mentionName(it.mention))));
    const { canonical, reason } = chooseCanonical(g.kind, named.length > 0 ? named : items, gazetteer, packs);
    return { kind: g.kind, items, canonical, reason };
  });
  // Ids come from the canonical form; sorting first makes the suffixes of namesakes independent of input order.
  built.sort((a, b) => {
    const ka = `${a.kind}:${slug(a.canonical)}`;
    const kb = `${b.kind}:${slug(b.canonical)}`;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return byPosition(a.items[0] as Item, b.items[0] as Item);
  });
  const entities: Entity[] = [];
  const mentions = new Map<string, LocatedMention[]>();
  const canonicalReasons = new Map<string, CanonicalReason>();
  const used = new Map<string, number>();
  for (const g of built) {
    const base = `${g.kind}:${slug(g.canonical)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    const variants = new Map<string, { articleIds: Set<string>; count: number }>();
    for (const it of g.items) {
      it.mention.entityId = id;
      const text = mentionName(it.mention);
      const v = variants.get(text) ?? { articleIds: new Set<string>(), count: 0 };
      v.articleIds.add(it.articleId);
      v.count++;
      variants.set(text, v);
    }
    entities.push({
      id,
      kind: g.kind,
      canonical: g.canonical,
      variants: [...variants.entries()]
        .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([text, v]) => ({ text, articleIds: [...v.articleIds].sort(), count: v.count })),
    });
    mentions.set(
      id,
      g.items.map((it) => ({ articleId: it.articleId, claimId: it.claimId, mention: it.mention })),
    );
    canonicalReasons.set(id, g.reason);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, mentions, canonicalReasons };
}
