import type { NamePack } from '../../align/pack.js';

/** Name data of German text: German spelling conventions and the German (Duden) transliteration of Cyrillic. */
export const names: NamePack = {
  // German spellings rewritten towards one key shared with English renderings of the same name.
  // The packs run in code order (de before en), so these rules see the raw name first.
  transliteration: [
    // Cyrillic letters as German newspapers transliterate them (ж = sch, ч = tsch, х = ch, в = w ...).
    ['щ', 'schtsch'], ['ж', 'sch'], ['ш', 'sch'], ['ч', 'tsch'], ['х', 'ch'], ['ц', 'z'],
    ['я', 'ja'], ['ю', 'ju'], ['ё', 'jo'], ['є', 'je'], ['ї', 'ji'], ['й', 'j'], ['ы', 'y'],
    ['ь', ''], ['ъ', ''], ['э', 'e'], ['е', 'e'], ['а', 'a'], ['б', 'b'], ['в', 'w'], ['г', 'g'],
    ['ґ', 'g'], ['д', 'd'], ['з', 's'], ['и', 'i'], ['і', 'i'], ['к', 'k'], ['л', 'l'], ['м', 'm'],
    ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'],
    // Scholarly (ISO 9) letters for the same Cyrillic sounds, rewritten the German way first (Chruščëv, Gorbačëv).
    ['šč', 'schtsch'], ['č', 'tsch'], ['š', 'sch'], ['ž', 'sch'],
    // Umlauts and sharp s, written out the way they are without a German keyboard.
    ['ä', 'ae'], ['ö', 'oe'], ['ü', 'ue'], ['ß', 'ss'],
    // German renderings of foreign sounds: dsch = j, tsch = ch, sch = sh (Dschugaschwili, Chruschtschow).
    ['dsch', 'j'], ['tsch', 'ch'], ['sch', 'sh'],
    // German ch before r at a word start is the Russian х that English writes kh (Chruschtschow/Khrushchev).
    [' chr', ' khr'],
    // German w and z for the sounds English writes v and ts (Wladimir, Jelzin).
    ['w', 'v'], ['z', 'ts'],
    // German j before a vowel is English y (Jelzin/Yeltsin, Juri/Yuri).
    ['ja', 'ya'], ['je', 'ye'], ['jo', 'yo'], ['ju', 'yu'],
  ],
  // German writes s, z, tsch, j, w, ch where English writes z, ts, ch, y, v, kh.
  transliterationLetters: 'sztjwvchk',
  // Forms of address and titles that stand before a name in German text.
  titles: [
    'herr', 'frau', 'dr', 'prof', 'professor', 'professorin', 'präsident', 'präsidentin', 'bundeskanzler',
    'bundeskanzlerin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'premierminister', 'premierministerin',
    'bürgermeister', 'bürgermeisterin', 'scheich', 'papst', 'könig', 'königin', 'prinz', 'prinzessin', 'pfarrer',
  ],
  // German and Dutch nobility and origin particles.
  particles: ['von', 'vom', 'zu', 'zum', 'van', 'der', 'den', 'ter', 'de'],
  // Generational suffixes as German text writes them.
  suffixes: ['jun', 'sen', 'junior', 'senior'],
  // German short forms of given names (Hans for Johannes, Sepp for Josef) as newspapers and people use them.
  givenNameGroups: [
    ['johannes', 'hans', 'hannes', 'jan', 'johann'],
    ['josef', 'joseph', 'sepp', 'seppl', 'beppo'],
    ['friedrich', 'fritz'],
    ['wolfgang', 'wolf'],
    ['katharina', 'kathi', 'käthe', 'katrin'],
    ['elisabeth', 'lisa', 'liesel', 'sissi', 'elise', 'ilse'],
    ['margarete', 'grete', 'gretel', 'margit'],
    ['matthias', 'matze', 'mathias'],
    ['thomas', 'tom', 'thommy'],
    ['michael', 'micha', 'michi'],
    ['andreas', 'andi', 'andy'],
    ['christian', 'chris'],
    ['christoph', 'christopher'],
    ['alexander', 'alex', 'sascha'],
    ['nikolaus', 'klaus', 'niklas', 'nils'],
    ['heinrich', 'heinz', 'hinrich', 'henning'],
  ],
  // Offices a German article may name with different words for the same person (stems, lower-case).
  roleGroups: [
    ['premierminister', 'regierungschef', 'ministerpräsident', 'kanzler', 'premier'],
    ['präsident', 'staatschef', 'staatsoberhaupt', 'präsidentschaftskandidat'],
    ['außenminister', 'chefdiplomat'],
    ['bürgermeister', 'stadtoberhaupt', 'oberbürgermeister'],
    ['sprecher', 'pressesprecher', 'regierungssprecher'],
    ['trainer', 'coach', 'chefcoach', 'cheftrainer'],
    ['vorsitzende', 'chef', 'parteichef', 'vorstandschef', 'konzernchef'],
  ],
};
