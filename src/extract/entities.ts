import type { EntityKind } from '../model/schema.js';
import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { hasNounTail } from './compounds.js';

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

function isRoleWord(t: Token, lex: Lexicon, pack: ExtractionPack): boolean {
  if (lex.honorifics.has(t.lower)) return true;
  const last = lastPart(t);
  // The tail of a compound ("Regierungschefin", "Golfmeisters") counts where nouns are capitalized compounds.
  return hasNounTail(last, lex.roleSet, { compounds: pack.nounsCapitalized && t.cap, endings: ['', ...pack.roleSuffixes] });
}

// Compound heads of two or more letters ("Bundesanstalt", "Zentralbank") where the pack allows compounds.
function endsWithKeyword(word: string, keywords: Set<string>, compounds: boolean): boolean {
  return hasNounTail(word, keywords, { compounds });
}

/** Whether a capitalized token may be part of a person's name. */
function nameLike(t: Token | undefined, lex: Lexicon, pack: ExtractionPack, allowPlace = false): t is Token {
  if (!t || !t.cap || t.acronym) return false;
  const l = t.lower;
  if (lex.functionWords.has(l) || lex.months.has(l) || lex.weekdays.has(l) || lex.vague.has(l) || lex.documents.has(l)) return false;
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
  if (hasNounSuffix(l, pack)) return false;
  if (/\d/.test(l)) return false;
  return true;
}

/** The token opens the sentence, a clause after a colon, or a quote: capitalization there says nothing. */
function startsClause(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0) return true;
  return /[:;„“"»«‚‘(\[–—-]\s*$/u.test(text.slice(Math.max(tokens[i - 1]!.end, t.start - 4), t.start));
}

/** Only spaces (or one comma) between two tokens: they belong to one name. */
function adjacent(text: string, a: Token | undefined, b: Token | undefined, allowComma = false): boolean {
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return allowComma ? /^[.,]?\s{1,3}$/.test(gap) : /^\s{1,3}$/.test(gap);
}

function person(text: string, tokens: readonly Token[], from: number, to: number, role?: string, particles?: ReadonlySet<string>): LocalEntity {
  const names = tokens.slice(from, to).map((t) => t.text);
  // A lower-case particle opens the surname: "Ursula von der Leyen" is Ursula + "von der Leyen".
  let split = names.length - 1;
  if (particles) {
    const p = names.findIndex((n, k) => k > 0 && particles.has(n) && n === n.toLowerCase());
    if (p > 0) split = p;
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

/** Collects up to three adjacent name-like tokens starting at `i`; returns the end index. */
function nameRun(text: string, tokens: readonly Token[], i: number, lex: Lexicon, pack: ExtractionPack, allowPlaceFirst = false): number {
  let j = i;
  let names = 0;
  // Up to three names, and a particle surname after them ("Luiz Inácio Lula da Silva").
  while (j < tokens.length && (names < 3 || (!tokens[j]!.cap && lex.particles.has(tokens[j]!.lower)))) {
    const t = tokens[j]!;
    // Lower-case particles inside a name ("von der", "da", "de la") when a name follows them.
    if (j > i && !t.cap && lex.particles.has(t.lower) && adjacent(text, tokens[j - 1], t)) {
      let k = j;
      while (k < tokens.length && k < j + 3 && !tokens[k]!.cap && lex.particles.has(tokens[k]!.lower) && adjacent(text, tokens[k - 1], tokens[k])) k++;
      if (k < tokens.length && nameLike(tokens[k], lex, pack, true) && adjacent(text, tokens[k - 1], tokens[k])) {
        j = k + 1;
        names++;
        continue;
      }
      break;
    }
    if (!nameLike(t, lex, pack, allowPlaceFirst && j === i) || (j > i && !adjacent(text, tokens[j - 1], t))) break;
    j++;
    names++;
  }
  return j;
}

/** Finds people, organisations and places in one sentence from pack evidence (roles, given names, gazetteer, keywords, speech verbs). */
export function findEntities(text: string, tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack): LocalEntity[] {
  const out: LocalEntity[] = [];
  const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end, text: text.slice(tokens[from]!.start, tokens[to - 1]!.end) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];

    // Roles and honorifics introduce the name that follows them.
    const roleHit = lex.roles.at(tokens, i);
    const roleEnd = roleHit ? roleHit.to : isRoleWord(t, lex, pack) ? i + 1 : -1;
    if (roleEnd > 0) {
      const first = tokens[roleEnd];
      if (nameLike(first, lex, pack) && adjacent(text, tokens[roleEnd - 1], first, true)) {
        const end = nameRun(text, tokens, roleEnd, lex, pack);
        out.push(person(text, tokens, roleEnd, end, text.slice(t.start, tokens[roleEnd - 1]!.end), lex.particles));
        i = end - 1;
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
      while (end < tokens.length && end < i + 4 && tokens[end]!.cap && adjacent(text, tokens[end - 1], tokens[end]) && nameLike(tokens[end], lex, pack, true)) end++;
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
      if (j > i && !adjacent(text, tokens[j - 1], u)) break;
      if (u.cap || u.acronym) {
        if ((lex.functionWords.has(u.lower) || lex.documents.has(u.lower)) && j === i) break;
        caps++;
        const last = lastPart(u);
        const bare = stripGenitive(last, pack) ?? last;
        if (endsWithKeyword(last, lex.orgKeywords, pack.nounsCapitalized) || endsWithKeyword(bare, lex.orgKeywords, pack.nounsCapitalized)) org = true;
        else if (endsWithKeyword(last, lex.placeKeywords, pack.nounsCapitalized) || endsWithKeyword(bare, lex.placeKeywords, pack.nounsCapitalized)) place = true;
        j++;
      } else if ((org || place) && lex.connectors.has(u.lower) && tokens[j + 1]?.cap && adjacent(text, u, tokens[j + 1])) {
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
    if ((afterPlacePrep || prefixed) && !lex.given.has(t.text) && (prefixed || nameLike(t, lex, pack, true))) {
      let end = i + 1;
      while (end < tokens.length && end < i + 4 && tokens[end]!.cap && adjacent(text, tokens[end - 1], tokens[end]) && nameLike(tokens[end], lex, pack, true)) end++;
      if (!afterPlacePrep || end - i > 1 || !hasNounSuffix(t.lower, pack)) {
        out.push({ ...span(i, end), kind: 'place' });
        i = end - 1;
        continue;
      }
    }

    // A known given name followed by a surname (which may look like a place: "Michael Jordan").
    if (lex.given.has(t.text) && nameLike(tokens[i + 1], lex, pack, true) && adjacent(text, t, tokens[i + 1])) {
      const end = nameRun(text, tokens, i + 1, lex, pack, true);
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
      !startsClause(text, tokens, i) &&
      nameLike(t, lex, pack) &&
      !pack.adjectiveSuffixes.some((a) => t.lower.length > a.length + 2 && t.lower.endsWith(a)) &&
      !(prev && lex.determiners.has(prev.lower)) &&
      nameLike(tokens[i + 1], lex, pack) &&
      adjacent(text, t, tokens[i + 1])
    ) {
      let from = i;
      const end = nameRun(text, tokens, i, lex, pack);
      // German capitalizes nouns: a leading word of three is more likely a noun than a name.
      if (pack.nounsCapitalized && end - from === 3 && !lex.given.has(t.text)) from++;
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
      const next = tokens[i + 1];
      const clauseEnds = !next || /[,.;:!?)]/.test(text.slice(t.end, next.start));
      // A verb before a new clause or quote ("sagte: „Altmühlen bietet …“") does not point at the next word.
      const before =
        prev && lex.speechSingle.has(prev.lower) && !startsClause(text, tokens, i) && (clauseEnds || (pack.nounsCapitalized && !next.cap));
      // "Okafor said", not "… for Caritas Faenza, said": a comma means the name ends another phrase.
      const after = lex.speech.at(tokens, i + 1) !== undefined && adjacent(text, t, tokens[i + 1]);
      if (before || after) out.push(person(text, tokens, i, i + 1));
    }
  }
  return out;
}

/** Marks bare surnames (also genitive "Trumps") of people named elsewhere in the document as person mentions. */
export function linkSurnames(
  tokens: readonly Token[],
  found: LocalEntity[],
  known: ReadonlyMap<string, KnownPerson>,
  pack: ExtractionPack,
): LocalEntity[] {
  if (known.size === 0) return found;
  const out = found.map((e) => {
    const copy = { ...e };
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
  for (const t of tokens) {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    const cur = sorted[k];
    if (cur && cur.start < t.end && cur.end > t.start) continue;
    if (!t.cap) continue;
    let surname: string | undefined;
    if (known.has(t.text)) surname = t.text;
    else {
      const g = stripGenitive(t.text, pack);
      if (g && known.has(g)) surname = g;
    }
    if (!surname) continue;
    const e: LocalEntity = { text: t.text, start: t.start, end: t.end, kind: 'person', surname };
    const given = known.get(surname)?.given;
    if (given) e.given = given;
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}
