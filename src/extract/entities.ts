import type { EntityKind } from '../model/schema.js';
import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { hasNounTail } from './compounds.js';
import { countBefore, remember, tokenEndingAt, wordCache } from './tokens.js';
import { lexicon } from './lexicon.js';

const MAX_NAME_TOKENS = 8;

/** An entity mention with offsets local to its sentence. */
export interface LocalEntity {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  given?: string;
  surname?: string;
  role?: string;
}

/** What a later bare surname inherits from the full mention. */
export interface KnownPerson {
  given?: string;
}

function lastPart(t: Token): string {
  // Most words have no hyphen: no split, no array.
  if (t.lower.indexOf('-') < 0 && t.lower.indexOf('‐') < 0) return t.lower;
  const parts = t.lower.split(/[-‐]/);
  return parts[parts.length - 1] ?? t.lower;
}

function hasNounSuffix(word: string, pack: ExtractionPack): boolean {
  for (const s of pack.nounSuffixes) if (word.length > s.length + 2 && word.endsWith(s)) return true;
  return false;
}

function stripGenitive(word: string, pack: ExtractionPack): string | undefined {
  for (const g of pack.genitiveSuffixes) if (word.length > g.length + 2 && word.endsWith(g)) return word.slice(0, -g.length);
  return undefined;
}

/**
 * A possessive written with an apostrophe ("Rotich's", "Kerry’s"): it names the owner of what follows, so it ends a
 * name and never joins the next one ("Kerry’s Pádraig Ó Sé"). Only the pack's genitive endings that are not plain
 * letters count; a German "Müllers" may as well be a surname.
 */
function possessive(t: Token | undefined, pack: ExtractionPack): boolean {
  if (!t) return false;
  for (const g of pack.genitiveSuffixes) if (t.text.length > g.length + 1 && t.text.endsWith(g) && /[^\p{L}]/u.test(g)) return true;
  return false;
}

/**
 * Whether a person mention is in the genitive: possessive with an apostrophe ("Rotich's"), or the known surname with a
 * genitive ending ("Müllers" for Müller). Such a mention names whose coach or spokesperson speaks, not the speaker.
 */
export function genitiveMention(e: LocalEntity, pack: ExtractionPack): boolean {
  if (e.kind !== 'person') return false;
  const space = e.text.lastIndexOf(' ');
  const last = space < 0 ? e.text : e.text.slice(space + 1);
  const surname = e.surname?.slice(e.surname.lastIndexOf(' ') + 1);
  for (const g of pack.genitiveSuffixes) {
    if (last.length <= g.length + 1 || !last.endsWith(g)) continue;
    if (/[^\p{L}]/u.test(g) || last.slice(0, -g.length) === surname) return true;
  }
  return false;
}

/** How many words may stand between a genitive owner and the person it describes ("Rotich's long-time coach, Patrick Kemboi"). */
const OWNER_GAP = 4;

/**
 * Whether a person mention only says whose the next person is ("Rotich's coach, Patrick Kemboi", "Müllers Sprecherin
 * Anna Roth"): a genitive followed closely by another of `people` in the same clause, with no quote mark between.
 * Such an owner is never the speaker or source of the clause.
 */
export function genitiveOwner(text: string, tokens: readonly Token[], e: LocalEntity, people: readonly LocalEntity[], pack: ExtractionPack): boolean {
  if (!genitiveMention(e, pack)) return false;
  const from = countBefore(tokens, e.end);
  return people.some(
    (o) => o !== e && o.kind === 'person' && o.start >= e.end && countBefore(tokens, o.start) - from <= OWNER_GAP && !/[.;:!?„“”"»«]/u.test(text.slice(e.end, o.start)),
  );
}

function isRoleWord(t: Token, lex: Lexicon, pack: ExtractionPack): boolean {
  const cache = wordCache<boolean>(lex, 'roleWord', 1)[0]!;
  let known = cache.get(t.text);
  if (known === undefined) {
    known = judgeRoleWord(t, lex, pack);
    remember(cache, t.text, known);
  }
  return known;
}

function judgeRoleWord(t: Token, lex: Lexicon, pack: ExtractionPack): boolean {
  if (lex.honorifics.has(t.lower)) return true;
  const last = lastPart(t);
  // The tail of a compound ("Regierungschefin", "Golfmeisters") counts where nouns are capitalized compounds.
  return hasNounTail(last, lex.roleSet, { compounds: pack.nounsCapitalized && t.cap, endings: ['', ...pack.roleSuffixes] });
}

// Compound heads of two or more letters ("Bundesanstalt", "Zentralbank") where the pack allows compounds.
function endsWithKeyword(word: string, keywords: Set<string>, compounds: boolean): boolean {
  // Asked for every token against the same few keyword sets: each word is tried once per set.
  const cache = wordCache<boolean>(keywords, 'endsWithKeyword', 2)[compounds ? 1 : 0]!;
  let known = cache.get(word);
  if (known === undefined) {
    known = hasNounTail(word, keywords, { compounds });
    remember(cache, word, known);
  }
  return known;
}

/**
 * Whether a capitalized token may be part of a person's name. `afterName` is set for a word that follows a given name
 * or another name part, where a common-noun ending says little ("Petra Lorenz", "Jennifer Lawrence").
 */
function nameLike(t: Token | undefined, lex: Lexicon, pack: ExtractionPack, allowPlace = false, afterName = false): t is Token {
  if (!t || !t.cap || t.acronym) return false;
  // The answer depends only on the word and the two flags: news repeats its words, so each is judged once.
  const cache = wordCache<boolean>(lex, 'nameLike', 4)[(allowPlace ? 1 : 0) + (afterName ? 2 : 0)]!;
  let known = cache.get(t.text);
  if (known === undefined) {
    known = judgeNameLike(t, lex, pack, allowPlace, afterName);
    remember(cache, t.text, known);
  }
  return known;
}

function judgeNameLike(t: Token, lex: Lexicon, pack: ExtractionPack, allowPlace: boolean, afterName: boolean): boolean {
  const l = t.lower;
  // A month right after a given name is a surname ("Theresa May", "Brian May").
  if (lex.functionWords.has(l) || (lex.months.has(l) && !afterName) || lex.weekdays.has(l) || lex.vague.has(l) || lex.documents.has(l)) return false;
  // Compounds of a vague-source noun ("Naturschützer", "Finanzexperten") are groups, not names.
  if (pack.nounsCapitalized && (endsWithKeyword(l, lex.vague, true) || endsWithKeyword(l, lex.anonymousWords, true))) return false;
  if (lex.nonNames.has(l)) return false;
  // Counting words and units ("Milliarden Euro", "Prozent") are never names.
  if (pack.scaleWords[l] !== undefined || pack.units[l] !== undefined || pack.numberWords[l] !== undefined || pack.durationUnits[l]) return false;
  if (lex.speechSet.has(l) || lex.pronouns.has(l) || lex.anonymousWords.has(l) || pack.clockWords.includes(l)) return false;
  if (isRoleWord(t, lex, pack)) return false;
  const last = lastPart(t);
  if (endsWithKeyword(last, lex.orgKeywords, pack.nounsCapitalized) || endsWithKeyword(last, lex.placeKeywords, pack.nounsCapitalized)) return false;
  if (!allowPlace) {
    if (lex.placeSet.has(t.text)) return false;
    const gen = stripGenitive(t.text, pack);
    if (gen && lex.placeSet.has(gen)) return false;
  }
  if (!afterName && hasNounSuffix(l, pack)) return false;
  if (/\d/.test(l)) return false;
  return true;
}

const vesselCache = new WeakMap<ExtractionPack, Set<string>>();

/** The pack's vessel descriptors as a lower-case set, built once per pack. */
function vesselSet(pack: ExtractionPack): Set<string> {
  let set = vesselCache.get(pack);
  if (!set) {
    set = new Set(pack.vesselDescriptors.map((w) => w.toLowerCase()));
    vesselCache.set(pack, set);
  }
  return set;
}

/** Words of at least this many letters decide whether a sentence is a headline in title case. */
const TITLE_WORD = 3;

/**
 * A headline in title case ("Rotich Smashes Course Record"), where capitals say nothing about names: only in
 * languages that write common nouns in lower case, and only when every word of three or more letters other than a
 * function word is capitalized ("met" in "Ms. Okafor met Mr. Chen" makes it a sentence).
 */
function titleCase(tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack): boolean {
  if (pack.nounsCapitalized) return false;
  let words = 0;
  for (const t of tokens) {
    if (t.text.length < TITLE_WORD || !/^\p{L}/u.test(t.text) || lex.functionWords.has(t.lower)) continue;
    if (!t.cap && !t.acronym) return false;
    words++;
  }
  return words >= 4;
}

/** The token opens the sentence, a clause after a colon, or a quote: capitalization there says nothing. */
function startsClause(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0) return true;
  return /[:;„“"»«‚‘(\[–—-]\s*$/u.test(text.slice(Math.max(tokens[i - 1]!.end, t.start - 4), t.start));
}

/** An ampersand between two tokens ("Hartmann & Söhne", "Procter & Gamble"): they belong to one company name. */
function ampersand(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && /^\s{0,2}&\s{0,2}$/.test(text.slice(a.end, b.start));
}

/** Only spaces (or one comma) between two tokens: they belong to one name. */
function adjacent(text: string, a: Token | undefined, b: Token | undefined, allowComma = false): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return allowComma ? /^[.,]?\s{1,3}$/.test(gap) : /^\s{1,3}$/.test(gap);
}

/** A particle, capitalized or not, or two run together ("von", "De", "Dela", "Vander"). */
function isParticleWord(word: string, particles: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (particles.has(w)) return true;
  for (let k = 2; k <= w.length - 2; k++) if (particles.has(w.slice(0, k)) && particles.has(w.slice(k))) return true;
  return false;
}

function person(text: string, tokens: readonly Token[], from: number, to: number, role?: string, particles?: ReadonlySet<string>): LocalEntity {
  const names = tokens.slice(from, to).map((t) => t.text);
  // A particle opens the surname: "Ursula von der Leyen" is Ursula + "von der Leyen", "Marisol Dela Cruz" is
  // Marisol + "Dela Cruz". A capitalized one needs a name after it and two letters, or an accented letter without a
  // dot, so an initial ("J. Harcourt", "John E Smith") stays a given name while the Irish "Ó" opens "Ó Sé", also
  // first ("Ó Sé said"), where a longer particle may be a given name ("Mac Jones").
  let split = names.length - 1;
  if (particles) {
    const p = names.findIndex(
      (n, k) =>
        (k > 0 || names.length > 1) &&
        (n === n.toLowerCase()
          ? particles.has(n)
          : k < names.length - 1 && isParticleWord(n, particles) && (n.length >= 2 ? k > 0 : !/^[A-Z]$/.test(n) && text[tokens[from + k]!.end] !== '.')),
    );
    if (p >= 0) split = p;
  }
  const e: LocalEntity = {
    text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    kind: 'person',
    surname: names.slice(split).join(' '),
  };
  if (split > 0) e.given = names.slice(0, split).join(' ');
  if (role) e.role = role;
  return e;
}

/** A surname with a lower-case particle joined by a hyphen ("al-Gaddafi", "el-Sisi", "bin-Laden"). */
function particleSurname(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || t.cap) return false;
  const m = /^(\p{Ll}+)[-‐](\p{Lu})/u.exec(t.text);
  return !!m && lex.particles.has(m[1] as string);
}

/** Collects up to three adjacent name-like tokens starting at `i`; returns the end index. */
function nameRun(text: string, tokens: readonly Token[], i: number, lex: Lexicon, pack: ExtractionPack, allowPlaceFirst = false, afterName = false): number {
  let j = i;
  let names = 0;
  // Up to three names, and a particle surname after them ("Luiz Inácio Lula da Silva").
  while (j < tokens.length && (names < 3 || (!tokens[j]!.cap && lex.particles.has(tokens[j]!.lower)))) {
    const t = tokens[j]!;
    // "Kerry’s Pádraig Ó Sé": a possessive is the last word of its name; the next name is someone else's.
    if (j > i && possessive(tokens[j - 1], pack)) break;
    // Lower-case particles inside a name ("von der", "da", "de la") when a name follows them.
    if (j > i && !t.cap && lex.particles.has(t.lower) && adjacent(text, tokens[j - 1], t)) {
      // After a full name, a German "von der" is a preposition ("Tomáš Hrubý von der Feuerwehr"), not a noble particle.
      if (names + (afterName ? 1 : 0) >= 2 && pack.nounsCapitalized && lex.connectors.has(t.lower) && !isParticleWord(tokens[j - 1]!.text, lex.particles)) break;
      let k = j;
      while (k < tokens.length && k < j + 3 && !tokens[k]!.cap && lex.particles.has(tokens[k]!.lower) && adjacent(text, tokens[k - 1], tokens[k])) k++;
      if (k < tokens.length && nameLike(tokens[k], lex, pack, true) && adjacent(text, tokens[k - 1], tokens[k])) {
        j = k + 1;
        names++;
        continue;
      }
      break;
    }
    const ok = nameLike(t, lex, pack, allowPlaceFirst && j === i, j > i || afterName) || (j > i && particleSurname(t, lex));
    // An initial and its dot ("J. Harcourt") belong to the name like a space does.
    const initial = j > i && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && /^\.\s{1,2}$/.test(text.slice(tokens[j - 1]!.end, t.start));
    if (!ok || (j > i && !adjacent(text, tokens[j - 1], t) && !initial)) break;
    j++;
    // A capitalized particle inside the name ("Seán Mac Giolla Bhríde") does not use up one of the three names.
    if (!(j - 1 > i && j < tokens.length && isParticleWord(t.text, lex.particles) && j - i < MAX_NAME_TOKENS)) names++;
  }
  return j;
}

/** Finds people, organisations and places in one sentence from pack evidence (roles, given names, gazetteer, keywords, speech verbs). */
export function findEntities(text: string, tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack): LocalEntity[] {
  const out: LocalEntity[] = [];
  const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end, text: text.slice(tokens[from]!.start, tokens[to - 1]!.end) });
  const title = titleCase(tokens, lex, pack);
  const vessels = vesselSet(pack);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];

    // A ship, aircraft or train named after its description ("the ferry Islay Spirit") is a thing, not a person.
    if (
      (vessels.has(t.lower) || (pack.nounsCapitalized && endsWithKeyword(lastPart(t), vessels, true))) &&
      nameLike(tokens[i + 1], lex, pack, true) &&
      adjacent(text, t, tokens[i + 1]) &&
      // Where every noun is capitalized, only "die Fähre Nordlicht" (with its article) names a vessel.
      (!pack.nounsCapitalized || (!!prev && lex.determiners.has(prev.lower))) &&
      !lex.given.has(tokens[i + 1]!.text) &&
      !isRoleWord(tokens[i + 1]!, lex, pack)
    ) {
      let end = i + 2;
      while (end < tokens.length && end < i + 5 && tokens[end]!.cap && !possessive(tokens[end - 1], pack) && adjacent(text, tokens[end - 1], tokens[end]) && nameLike(tokens[end], lex, pack, true, true)) end++;
      out.push({ ...span(i + 1, end), kind: 'other' });
      i = end - 1;
      continue;
    }

    // Roles and honorifics introduce the name that follows them.
    const roleHit = lex.roles.at(tokens, i);
    const roleEnd = roleHit ? roleHit.to : isRoleWord(t, lex, pack) ? i + 1 : -1;
    if (roleEnd > 0) {
      const first = tokens[roleEnd];
      if (nameLike(first, lex, pack) && adjacent(text, tokens[roleEnd - 1], first, true)) {
        const run = nameRun(text, tokens, roleEnd, lex, pack);
        const end = title ? Math.min(run, lex.given.has(first.text) ? roleEnd + 2 : roleEnd + 1) : run;
        out.push(person(text, tokens, roleEnd, end, text.slice(t.start, tokens[roleEnd - 1]!.end), lex.particles));
        i = end - 1;
        continue;
      }
      // A role before a surname with particles ("Kommissionschefin von der Leyen").
      let k = roleEnd;
      while (k < roleEnd + 3 && tokens[k] && !tokens[k]!.cap && lex.particles.has(tokens[k]!.lower) && adjacent(text, tokens[k - 1], tokens[k])) k++;
      // One particle that also joins organisation names ("Sprecher von Siemens") is a preposition, not a name part.
      const particlesOk = k - roleEnd >= 2 || (k - roleEnd === 1 && !lex.connectors.has(tokens[roleEnd]!.lower));
      if (particlesOk && nameLike(tokens[k], lex, pack, true) && adjacent(text, tokens[k - 1], tokens[k])) {
        out.push(person(text, tokens, roleEnd, k + 1, text.slice(t.start, tokens[roleEnd - 1]!.end), lex.particles));
        i = k;
        continue;
      }
      if (roleHit) i = roleHit.to - 1;
      continue;
    }
    // A description of a company or club introduces its name ("Batteriehersteller Celdra", "battery maker Celdra").
    if (
      (lex.orgDescriptors.has(t.lower) || (pack.nounsCapitalized && endsWithKeyword(lastPart(t), lex.orgDescriptors, true))) &&
      nameLike(tokens[i + 1], lex, pack, true) &&
      adjacent(text, t, tokens[i + 1]) &&
      !lex.given.has(tokens[i + 1]!.text)
    ) {
      let end = i + 2;
      while (
        end < tokens.length &&
        end < i + 6 &&
        tokens[end]!.cap &&
        !possessive(tokens[end - 1], pack) &&
        (adjacent(text, tokens[end - 1], tokens[end]) || ampersand(text, tokens[end - 1], tokens[end])) &&
        (nameLike(tokens[end], lex, pack, true) || endsWithKeyword(tokens[end]!.lower, lex.orgKeywords, false) || tokens[end]!.acronym)
      ) end++;
      out.push({ ...span(i + 1, end), kind: 'organization' });
      i = end - 1;
      continue;
    }

    if (!t.cap) continue;

    const gen = stripGenitive(t.text, pack);
    // Well-known organisations named by a single word or fixed phrase ("Bundesbank", "Nato").
    const orgHit = lex.organizations.at(tokens, i);
    if (orgHit && (t.cap || t.acronym)) {
      out.push({ ...span(orgHit.from, orgHit.to), kind: 'organization' });
      i = orgHit.to - 1;
      continue;
    }
    if (gen && lex.organizations.at([{ ...t, lower: gen.toLowerCase() }], 0)) {
      out.push({ ...span(i, i + 1), kind: 'organization' });
      continue;
    }

    // Capitalized runs that contain an organisation or place keyword ("US Geological Survey", "Bank of England").
    let j = i;
    let org = false;
    let place = false;
    let caps = 0;
    // Bounded: names longer than eight words are not names, and an unbounded scan would be quadratic on long capitalized runs.
    while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
      const u = tokens[j]!;
      const amp = j > i && ampersand(text, tokens[j - 1], u) && (u.cap || u.acronym);
      // A possessive ends the run ("Celtic’s John Kennedy") unless a keyword goes on with it ("Sainsbury’s Bank").
      const owner = j > i && possessive(tokens[j - 1], pack) && !endsWithKeyword(lastPart(u), lex.orgKeywords, pack.nounsCapitalized);
      if (j > i && ((!adjacent(text, tokens[j - 1], u) && !amp) || owner)) break;
      // Two names joined by "&" are a firm, never a person ("Hartmann & Söhne").
      if (amp) org = true;
      if (u.cap || u.acronym) {
        if ((lex.functionWords.has(u.lower) || lex.documents.has(u.lower)) && j === i) break;
        caps++;
        const last = lastPart(u);
        const bare = stripGenitive(last, pack) ?? last;
        if (endsWithKeyword(last, lex.orgKeywords, pack.nounsCapitalized) || endsWithKeyword(bare, lex.orgKeywords, pack.nounsCapitalized)) org = true;
        else if (endsWithKeyword(last, lex.placeKeywords, pack.nounsCapitalized) || endsWithKeyword(bare, lex.placeKeywords, pack.nounsCapitalized)) place = true;
        j++;
      } else if (
        (org || place) &&
        lex.connectors.has(u.lower) &&
        tokens[j + 1]?.cap &&
        adjacent(text, u, tokens[j + 1]) &&
        // "Kestrel Bay on Thursday": a day or month after the connector ends the name.
        !lex.weekdays.has(tokens[j + 1]!.lower) &&
        !lex.months.has(tokens[j + 1]!.lower)
      ) {
        j++;
      } else break;
    }
    if ((org || place) && (caps >= 2 || t.text.includes('-'))) {
      out.push({ ...span(i, j), kind: org ? 'organization' : 'place' });
      // "Name (ABBR)" gives the abbreviation as a second mention.
      const abbr = tokens[j];
      if (abbr?.acronym && /^\s*\($/.test(text.slice(tokens[j - 1]!.end, abbr.start)) && text[abbr.end] === ')') {
        out.push({ ...span(j, j + 1), kind: 'organization' });
        j++;
      }
      i = j - 1;
      continue;
    }
    // Gazetteer places, also in the genitive ("Chinas").
    const placeHit = lex.places.at(tokens, i);
    if (placeHit && t.cap) {
      out.push({ ...span(placeHit.from, placeHit.to), kind: 'place' });
      i = placeHit.to - 1;
      continue;
    }
    if (gen && lex.placeSet.has(gen)) {
      out.push({ ...span(i, i + 1), kind: 'place' });
      continue;
    }

    if (t.acronym) {
      out.push({ ...span(i, i + 1), kind: lex.placeAcronyms.has(t.text) ? 'place' : 'organization' });
      continue;
    }

    // After a preposition of place, or opened by "Bad"/"Port"/"Sankt", a capitalized run is a place ("in Bad Schandau",
    // "nach Schmilka", "near Port Glasgow"), unless a known given name makes it a person.
    const afterPlacePrep = prev && lex.placePrepositions.has(prev.lower) && !startsClause(text, tokens, i);
    const prefixed = t.cap && !lex.functionWords.has(t.lower) && lex.placePrefixes.has(t.lower) && tokens[i + 1]?.cap && adjacent(text, t, tokens[i + 1]);
    if ((afterPlacePrep || prefixed) && !lex.given.has(t.text) && !(gen && lex.given.has(gen)) && (prefixed || nameLike(t, lex, pack, true))) {
      let end = i + 1;
      while (end < tokens.length && end < i + 4 && tokens[end]!.cap && !possessive(tokens[end - 1], pack) && adjacent(text, tokens[end - 1], tokens[end]) && nameLike(tokens[end], lex, pack, true)) end++;
      if (!afterPlacePrep || end - i > 1 || !hasNounSuffix(t.lower, pack)) {
        out.push({ ...span(i, end), kind: 'place' });
        i = end - 1;
        continue;
      }
    }

    // A known given name followed by a surname (which may look like a place: "Michael Jordan").
    if (lex.given.has(t.text) && (nameLike(tokens[i + 1], lex, pack, true, true) || particleSurname(tokens[i + 1], lex)) && adjacent(text, t, tokens[i + 1])) {
      // In a headline in title case every word is capitalized: a given name takes one surname, not the verb after it.
      const end = title ? i + 2 : nameRun(text, tokens, i + 1, lex, pack, true, true);
      out.push(person(text, tokens, i, end, undefined, lex.particles));
      i = end - 1;
      continue;
    }
    // A known given name, then particles and a surname ("Ursula von der Leyen", "Marisol de la Cruz").
    if (lex.given.has(t.text) && tokens[i + 1] && !tokens[i + 1]!.cap && lex.particles.has(tokens[i + 1]!.lower)) {
      const end = nameRun(text, tokens, i, lex, pack, false);
      if (end - i >= 3) {
        out.push(person(text, tokens, i, end, undefined, lex.particles));
        i = end - 1;
        continue;
      }
    }

    // Two or three name-like words in a row, not at the start and not after a determiner.
    if (
      !title &&
      !startsClause(text, tokens, i) &&
      !possessive(t, pack) &&
      nameLike(t, lex, pack) &&
      !pack.adjectiveSuffixes.some((a) => t.lower.length > a.length + 2 && t.lower.endsWith(a)) &&
      !(prev && lex.determiners.has(prev.lower)) &&
      (nameLike(tokens[i + 1], lex, pack) || particleSurname(tokens[i + 1], lex)) &&
      adjacent(text, t, tokens[i + 1])
    ) {
      // A capitalized noun before a known given name ("Regisseurin Marisol Dela Cruz") is not part of the name.
      let from = pack.nounsCapitalized && !lex.given.has(t.text) && lex.given.has(tokens[i + 1]!.text) ? i + 1 : i;
      const end = nameRun(text, tokens, from, lex, pack);
      // German capitalizes nouns: a leading word of three is more likely a noun than a name, unless a particle
      // after it opens the surname ("Pádraig Ó Sé").
      if (pack.nounsCapitalized && end - from === 3 && !lex.given.has(tokens[from]!.text) && !isParticleWord(tokens[from + 1]!.text, lex.particles)) from++;
      out.push(person(text, tokens, from, end, undefined, lex.particles));
      i = end - 1;
      continue;
    }

    // A single name right next to a speech verb ("sagte Müller", "Okafor said").
    // After a number a capitalized word is a unit or a counted noun ("22 Uhr verkündete", "3 Tore"), never a name.
    if (nameLike(t, lex, pack) && !(prev && lex.determiners.has(prev.lower)) && !(prev && /^\d/.test(prev.text))) {
      // After the verb a name is the speaker only where the clause ends ("said Okafor.") or, where nouns are
      // capitalized anyway, a lower-case word follows ("sagte Müller am Montag"); otherwise it is the object
      // ("analysts expect Celdra to …").
      // "sagte Muammar al-Gaddafi": a hyphenated particle surname belongs to the name.
      const end = particleSurname(tokens[i + 1], lex) && adjacent(text, t, tokens[i + 1]) ? i + 2 : i + 1;
      const next = tokens[end];
      const clauseEnds = !next || /[,.;:!?)]/.test(text.slice(tokens[end - 1]!.end, next.start));
      // A verb before a new clause or quote ("sagte: „Altmühlen bietet …“") does not point at the next word.
      // The speaker follows the verb in an inverted clause: after the quoted or reported words and a comma ("…, sagte
      // Müller"), or after one opening word ("Später sagte Müller"); "Die Regierung forderte Transparenz." has an object.
      const v = i - 1;
      const inverted =
        v >= 0 && (startsClause(text, tokens, v) || /[,“”"»«']\s*$/u.test(text.slice(tokens[v - 1]?.end ?? 0, tokens[v]!.start)) || (v >= 1 && startsClause(text, tokens, v - 1)));
      const before =
        prev && lex.speechSingle.has(prev.lower) && inverted && !startsClause(text, tokens, i) && (clauseEnds || (pack.nounsCapitalized && !next.cap));
      // "Okafor said", not "… for Caritas Faenza, said": a comma means the name ends another phrase.
      const after = lex.speech.at(tokens, end) !== undefined && adjacent(text, tokens[end - 1], tokens[end]);
      if (before || after) {
        out.push(person(text, tokens, i, end, undefined, lex.particles));
        i = end - 1;
      }
    }
  }
  addAppositionRoles(text, tokens, out, lex, pack);
  return out;
}

/**
 * A role in apposition after a name ("Maria Keller, mayor of Lindau, …", "Marie Keller, Sprecherin der Stadt"):
 * the role belongs to the person before the comma, unless it introduces the next person ("…, Minister Paul Weber").
 */
function addAppositionRoles(text: string, tokens: readonly Token[], found: LocalEntity[], lex: Lexicon, pack: ExtractionPack): void {
  const starts = new Set(found.map((e) => e.start));
  for (const e of found) {
    if (e.kind !== 'person' || e.role) continue;
    const last = tokenEndingAt(tokens, e.end);
    if (last === undefined) continue;
    let k = last + 1;
    if (!tokens[k] || !/^,\s{1,3}$/.test(text.slice(e.end, tokens[k]!.start))) continue;
    // "the", "die", "the company's": determiners and one possessive may stand before the role.
    if (lex.determiners.has(tokens[k]!.lower)) k++;
    if (tokens[k] && /\p{L}['’]s$/u.test(tokens[k]!.text)) k++;
    const roleFrom = k;
    const hit = lex.roles.at(tokens, k);
    const end = hit ? hit.to : tokens[k] && isRoleWord(tokens[k]!, lex, pack) && !lex.honorifics.has(tokens[k]!.lower) ? k + 1 : -1;
    if (end < 0) continue;
    const after = tokens[end];
    if (after && starts.has(after.start)) continue;
    e.role = text.slice(tokens[roleFrom]!.start, tokens[end - 1]!.end);
  }
}

/** Marks bare surnames (also genitive "Trumps") of people named elsewhere in the document as person mentions. */
export function linkSurnames(
  tokens: readonly Token[],
  found: LocalEntity[],
  known: ReadonlyMap<string, KnownPerson>,
  pack: ExtractionPack,
): LocalEntity[] {
  if (known.size === 0) return found;
  // Surnames of several words ("de la Cruz", "von der Leyen"), matched as token runs with case and the spaces between
  // particles ignored ("Dela Cruz" is the "de la Cruz" of the same article).
  const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  const multi = new Map([...known.keys()].filter((k) => k.includes(' ')).map((surname) => [squash(surname), surname] as const));
  const multiAt = (i: number): { surname: string; to: number } | undefined => {
    if (i < 0 || i >= tokens.length) return undefined;
    let run = tokens[i]!.lower;
    for (let to = i + 2; to <= Math.min(tokens.length, i + 4); to++) {
      const t = tokens[to - 1]!;
      if (t.start !== tokens[to - 2]!.end + 1) return undefined;
      run += t.lower;
      if (!t.cap) continue;
      const surname = multi.get(run);
      if (surname !== undefined) return { surname, to };
    }
    return undefined;
  };
  const lex = lexicon(pack);
  // "Krzysztof Wójcik conducted …" opening a sentence: capitals there prove nothing, so the first pass skipped the
  // pair; once the surname is known, the capitalized word right before it is this person's given name.
  const opening = tokens[0];
  const openingGiven = (surnameAt: number): Token | undefined =>
    surnameAt === 1 &&
    opening &&
    opening.end + 1 === tokens[1]!.start &&
    opening.cap &&
    !known.has(opening.text) &&
    // Only where the article named this surname's person in full: the opener then stands where a given name does.
    known.get(tokens[1]!.text)?.given !== undefined &&
    !lex.determiners.has(opening.lower) &&
    !found.some((x) => x.start < opening.end && opening.start < x.end) &&
    nameLike(opening, lex, pack)
      ? opening
      : undefined;
  const runText = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text).join(' ');
  const out = found.map((e) => {
    const copy = { ...e };
    // "De la Cruz sagte" was found as "Cruz": the particles before it belong to the known surname.
    if (copy.kind === 'person' && !copy.given && multi.size > 0) {
      const last = tokenEndingAt(tokens, copy.end) ?? -1;
      for (let back = 1; back <= 3 && last >= 0; back++) {
        const hit = multiAt(last - back);
        if (hit && hit.to === last + 1 && tokens[last - back]!.start < copy.start) {
          copy.start = tokens[last - back]!.start;
          copy.text = runText(last - back, last + 1);
          copy.surname = copy.text;
          const given = known.get(hit.surname)?.given;
          if (given) copy.given = given;
          break;
        }
      }
    }
    const at = tokenEndingAt(tokens, copy.end);
    const opener = copy.kind === 'person' && !copy.given && at !== undefined && tokens[at]!.start === copy.start && copy.surname && known.has(copy.surname) ? openingGiven(at) : undefined;
    if (opener) {
      copy.start = opener.start;
      copy.text = `${opener.text} ${copy.text}`;
      copy.given = opener.text;
      return copy;
    }
    if (copy.kind === 'person' && copy.surname) {
      // "Präsident Trumps" is Trump in the genitive when Trump is known.
      const g = stripGenitive(copy.surname, pack);
      if (g && known.has(g)) copy.surname = g;
      // A surname-only mention found on its own evidence still inherits the given name.
      const given = known.get(copy.surname)?.given;
      if (!copy.given && given) copy.given = given;
    }
    return copy;
  });
  let k = 0;
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    const cur = sorted[k];
    if (cur && cur.start < t.end && cur.end > t.start) continue;
    const hit = multi.size > 0 ? multiAt(ti) : undefined;
    if (hit && !sorted.some((e) => e.start < tokens[hit.to - 1]!.end && e.end > t.start)) {
      const e: LocalEntity = { text: runText(ti, hit.to), start: t.start, end: tokens[hit.to - 1]!.end, kind: 'person', surname: runText(ti, hit.to) };
      const given = known.get(hit.surname)?.given;
      if (given) e.given = given;
      out.push(e);
      ti = hit.to - 1;
      continue;
    }
    if (!t.cap) continue;
    let surname: string | undefined;
    if (known.has(t.text)) surname = t.text;
    else {
      const g = stripGenitive(t.text, pack);
      if (g && known.has(g)) surname = g;
    }
    if (!surname) continue;
    const first = openingGiven(ti);
    if (first) {
      out.push({ text: `${first.text} ${t.text}`, start: first.start, end: t.end, kind: 'person', given: first.text, surname });
      continue;
    }
    const e: LocalEntity = { text: t.text, start: t.start, end: t.end, kind: 'person', surname };
    const given = known.get(surname)?.given;
    if (given) e.given = given;
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}
