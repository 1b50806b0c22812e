/**
 * Well-known organisations, parties, companies and armed groups that news names with one word or a fixed phrase,
 * in German and English spelling. Language-neutral data shared by every pack. Written for claimdiff from general knowledge.
 */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  // Charities and development banks.
  'Caritas', 'Diakonie', 'KfW', 'Oxfam', 'Misereor',
  // Airlines and airports that news names with one word.
  'Lufthansa', 'Eurowings', 'Condor', 'Ryanair', 'easyJet', 'Wizz Air', 'KLM', 'Air France', 'British Airways', 'Swiss', 'Austrian Airlines',
  'Fraport', 'Heathrow', 'Emirates', 'Qatar Airways', 'Turkish Airlines', 'Iberia', 'SAS', 'Finnair', 'TUIfly',
  'Nato', 'NATO', 'Opec', 'OPEC', 'Apec', 'APEC', 'Asean', 'ASEAN', 'Hamas', 'Hisbollah', 'Hezbollah', 'Taliban', 'Huthi', 'Houthis',
  'Kreml', 'Kremlin', 'Pentagon', 'Reuters', 'Bloomberg', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Tesla',
  'Nvidia', 'Samsung', 'Huawei', 'Toyota', 'Volkswagen', 'Siemens', 'BMW', 'Mercedes-Benz', 'Airbus', 'Boeing', 'OpenAI', 'Unicef',
  'Unesco', 'Interpol', 'Europol', 'Frontex', 'Greenpeace', 'Amnesty International', 'Human Rights Watch', 'Weltbank', 'World Bank',
  'Bundesbank', 'Bundesregierung', 'Bundestag', 'Bundesrat', 'Bundeswehr', 'Bundesverfassungsgericht', 'Bundeskartellamt',
  'Bundesnetzagentur', 'Bundesagentur für Arbeit', 'Verdi', 'IG Metall', 'Allensbach', 'Forsa', 'Ifo', 'Destatis', 'Eurostat',
  'Europäische Zentralbank', 'Europäische Union', 'Europäischen Union', 'Vereinte Nationen', 'Vereinten Nationen', 'United Nations',
  'European Union', 'European Commission', 'Federal Reserve', 'Fed', 'Congress', 'White House', 'Weißes Haus', 'Weißen Haus',
  'Downing Street', 'Elysée', 'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'Grüne', 'Grünen', 'Linke', 'BSW', 'Republicans', 'Democrats',
  'Labour', 'Tories', 'Conservatives', 'Gazprom', 'Rosneft', 'Aramco', 'Sony', 'Nintendo', 'Alibaba', 'Tencent', 'TikTok', 'ByteDance',
];

/**
 * Legal forms of companies and associations that some mentions add and others drop ("Hartmann & Söhne GmbH" /
 * "Hartmann & Söhne"), lower-case without dots. Written for claimdiff from general knowledge.
 */
export const LEGAL_FORMS: readonly string[] = [
  // German-speaking countries
  'gmbh', 'ag', 'se', 'kg', 'kgaa', 'ohg', 'gbr', 'ev', 'eg', 'ug', 'co',
  // English-speaking countries and international
  'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'corporation', 'company', 'limited', 'incorporated', 'sa', 'nv', 'bv', 'spa', 'sarl',
];
