import type { ExtractionPack } from './pack.js';
import { PhraseMatcher, memo, screenedMatcher } from './tokens.js';

/** Sets and matchers derived once per pack from its plain lists. */
export interface Lexicon {
  roles: PhraseMatcher;
  roleSet: Set<string>;
  /** Endings that turn a role into its feminine, plural or genitive form ("in", "innen", "s"). */
  roleSuffixes: readonly string[];
  honorifics: Set<string>;
  given: Set<string>;
  places: PhraseMatcher;
  placeSet: Set<string>;
  placeAcronyms: Set<string>;
  orgKeywords: Set<string>;
  placeKeywords: Set<string>;
  connectors: Set<string>;
  functionWords: Set<string>;
  nonNames: Set<string>;
  determiners: Set<string>;
  months: Set<string>;
  seasons: Set<string>;
  weekdays: Set<string>;
  speech: PhraseMatcher;
  speechSet: Set<string>;
  /** Speech verbs of one word: only these point at a name right after them ("sagte Müller"), never a phrase head ("gibt"). */
  speechSingle: Set<string>;
  vague: Set<string>;
  vagueQuantifiers: Set<string>;
  groupPrepositions: Set<string>;
  particles: Set<string>;
  placePrepositions: Set<string>;
  placePrefixes: Set<string>;
  reportative: Set<string>;
  orgDescriptors: Set<string>;
  spokespersons: Set<string>;
  possessiveSources: Set<string>;
  selfReference: PhraseMatcher;
  institutions: Set<string>;
  institutionCompounds: boolean;
  exactInstitutions: Set<string>;
  /** '' (the bare noun) followed by the pack's noun endings. */
  inflections: readonly string[];
  definite: Set<string>;
  documents: Set<string>;
  sourceBefore: PhraseMatcher;
  sourceAfter: Set<string>;
  agentless: PhraseMatcher;
  frameStarts: PhraseMatcher;
  frameEnds: ReadonlyMap<string, PhraseMatcher>;
  anonymous: PhraseMatcher;
  /** Single-word anonymous sources ("insider"): never names. */
  anonymousWords: Set<string>;
  organizations: PhraseMatcher;
  reported: Set<string>;
  pronouns: Set<string>;
  hedges: PhraseMatcher;
  prediction: PhraseMatcher;
  future: Set<string>;
  opinion: PhraseMatcher;
  approximators: PhraseMatcher;
  relativePhrases: PhraseMatcher;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The lexicon of a pack, built on first use and cached. */
export function lexicon(pack: ExtractionPack): Lexicon {
  return memo(pack, 'lexicon', () => build(pack));
}

function build(pack: ExtractionPack): Lexicon {
  // The lists matched with `all` share one screen, so a sentence without their opening words costs one lookup per token.
  const screened = (phrases: readonly string[]) => screenedMatcher(pack, phrases);
  return {
    roles: screened(pack.roles),
    roleSet: lower(pack.roles.filter((r) => !r.includes(' '))),
    roleSuffixes: pack.roleSuffixes,
    honorifics: lower(pack.honorifics),
    given: new Set(pack.givenNames),
    places: screened(pack.places),
    placeSet: new Set(pack.places),
    placeAcronyms: new Set(pack.placeAcronyms),
    orgKeywords: lower(pack.orgKeywords),
    placeKeywords: lower(pack.placeKeywords),
    connectors: lower(pack.nameConnectors),
    functionWords: lower(pack.functionWords),
    nonNames: lower(pack.nonNames),
    determiners: lower(pack.determiners),
    months: lower(Object.keys(pack.months)),
    seasons: lower(pack.seasons),
    weekdays: lower(Object.keys(pack.weekdays)),
    speech: screened(pack.speechVerbs),
    speechSet: lower(pack.speechVerbs.map((v) => v.split(' ')[0]!)),
    speechSingle: lower(pack.speechVerbs.filter((v) => !v.includes(' '))),
    vague: lower(pack.vagueSources),
    vagueQuantifiers: lower(pack.vagueQuantifiers),
    groupPrepositions: lower(pack.groupPrepositions),
    particles: lower(pack.nameParticles),
    placePrepositions: lower(pack.placePrepositions),
    placePrefixes: lower(pack.placePrefixes),
    reportative: lower(pack.reportativeVerbs),
    orgDescriptors: lower(pack.organizationDescriptors),
    spokespersons: lower(pack.spokespersonRoles),
    possessiveSources: lower(pack.possessiveSourceNouns),
    selfReference: screened(pack.selfReferenceCues),
    institutions: lower([...pack.institutions, ...pack.exactInstitutions]),
    exactInstitutions: lower(pack.exactInstitutions),
    institutionCompounds: pack.institutionCompounds,
    inflections: ['', ...pack.nounInflections],
    definite: lower(pack.definiteDeterminers),
    documents: lower(pack.documentNouns),
    sourceBefore: screened(pack.sourceBefore),
    sourceAfter: lower(pack.sourceAfter),
    agentless: screened(pack.agentlessPhrases),
    frameStarts: screened([...new Set(pack.agentlessFrames.map(([a]) => a))]),
    frameEnds: new Map(
      [...new Set(pack.agentlessFrames.map(([a]) => a))].map((a) => [
        a.toLowerCase(),
        new PhraseMatcher(pack.agentlessFrames.filter(([x]) => x === a).map(([, b]) => b)),
      ]),
    ),
    anonymous: screened(pack.anonymousPhrases),
    anonymousWords: lower(pack.anonymousPhrases.filter((p) => !p.includes(' '))),
    organizations: screened(pack.organizations),
    reported: lower(pack.reportedSpeechVerbs),
    pronouns: lower(pack.speakerPronouns),
    hedges: screened(pack.hedges),
    prediction: screened(pack.predictionCues),
    future: lower(pack.futureAuxiliaries),
    opinion: screened(pack.opinionCues),
    approximators: screened(Object.keys(pack.approximators)),
    relativePhrases: screened(pack.relativePhrases),
  };
}
