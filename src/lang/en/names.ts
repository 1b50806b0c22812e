import type { NamePack } from '../../align/pack.js';

/** Name data of English text: English renderings of Japanese, Arabic and Slavic names. */
export const names: NamePack = {
  // Rewrites towards one key; they run after the German rules, on their output.
  // English writes z, ts, y, v, kh where German writes s, z, j, w, ch; the Arabic qaf is written q, k or g (Qaddafi/Gaddafi).
  transliterationLetters: 'zstyvkhcjqg',
  transliteration: [
    // Consonant digraphs that romanizations of Arabic and Slavic names write with or without h.
    // Pinyin x and Wade-Giles hs for the same sound, which other languages write s or sh (Xi/Hsi/Shi).
    [' x', ' s'], [' hs', ' s'],
    ['kh', 'h'], ['gh', 'g'], ['dh', 'd'], ['ph', 'f'], ['ck', 'k'], ['q', 'k'],
    // Japanese: Hepburn against Kunrei-shiki (shi/si, chi/ti, tsu/tu, ji/zi, fu/hu).
    ['shi', 'si'], ['chi', 'ti'], ['tsu', 'tu'], ['ji', 'zi'], ['fu', 'hu'],
    // Long vowels: Japanese oh/ou/oo/uu, Arabic aa/ee/ou (Mahmoud/Mahmud).
    ['oh ', 'o '], ['ou', 'u'], ['oo', 'o'], ['uu', 'u'], ['aa', 'a'], ['ee', 'i'],
    // Slavic name endings: -ij, -iy, -yj, -yy, -y, -ey, -ej all end up as -i (Selenskyj/Zelensky, Sergej/Sergey).
    ['ey ', 'ei '], ['ej ', 'ei '], ['iy ', 'i '], ['ij ', 'i '], ['yj ', 'i '], ['yy ', 'i '], ['y ', 'i '],
    // Slavic -ev/-ov written -ew/-ow in older German press (Gorbatschow/Gorbachev).
    ['ow ', 'ov '], ['ew ', 'ev '],
    // Russian ё after ch/sh, which English writes e and German o (Khrushchev/Chruschtschow, Gorbachev/Gorbatschow).
    ['chev ', 'chov '], ['shev ', 'shov '],
  ],
  // Forms of address and titles that stand before a name in English text.
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'chancellor',
    'minister', 'premier', 'prime', 'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'judge', 'sheikh',
    'shaikh', 'monsieur', 'madame', 'king', 'queen', 'prince', 'princess', 'pope', 'gen', 'general', 'col', 'capt',
  ],
  // Particles of Arabic, Romance and Dutch names that variants add, drop or spell differently.
  particles: ['bin', 'ben', 'ibn', 'bint', 'al', 'el', 'ul', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'y'],
  // Generational suffixes and company forms that are sometimes glued to a person's name.
  suffixes: ['jr', 'sr', 'ii', 'iii', 'iv', 'sa', 'llc', 'ltd', 'inc', 'gmbh'],
  // English short forms and pet names, with the same name in other European languages where news uses both.
  givenNameGroups: [
    ['theodore', 'ted', 'teddy', 'theo'],
    ['edward', 'ed', 'eddie', 'ted', 'eduard', 'edouard', 'eduardo'],
    ['william', 'bill', 'billy', 'will', 'willy', 'wilhelm', 'guillaume', 'guillermo'],
    ['robert', 'bob', 'bobby', 'rob', 'robby', 'roberto'],
    ['richard', 'dick', 'rick', 'rich', 'ricardo', 'riccardo'],
    ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'elisabeth', 'isabel'],
    ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'katharina', 'katarina', 'ekaterina', 'yekaterina'],
    ['margaret', 'maggie', 'meg', 'peggy', 'margarethe', 'margarita'],
    ['james', 'jim', 'jimmy', 'jamie', 'jacques', 'diego', 'santiago'],
    ['john', 'jack', 'johnny', 'jon', 'juan', 'jean', 'johann', 'johannes', 'giovanni', 'ivan', 'ioannis', 'jan'],
    ['michael', 'mike', 'mick', 'mickey', 'michel', 'miguel', 'michele', 'michail', 'mikhail', 'mykhailo'],
    ['joseph', 'joe', 'joey', 'josef', 'jose', 'giuseppe', 'iosif', 'yosef'],
    ['alexander', 'alex', 'sasha', 'alexandre', 'alejandro', 'alessandro', 'aleksandr', 'oleksandr'],
    ['nicholas', 'nick', 'nicolas', 'nicola', 'nikolai', 'nikolaus', 'mykola'],
    ['anthony', 'tony', 'anton', 'antonio', 'antoine'],
    ['charles', 'charlie', 'chuck', 'karl', 'carl', 'carlos', 'carlo'],
    ['henry', 'harry', 'hank', 'heinrich', 'henri', 'enrique', 'enrico'],
    ['peter', 'pete', 'pierre', 'pedro', 'pietro', 'pyotr', 'petro'],
    ['paul', 'pablo', 'paolo', 'pavel', 'pavlo'],
    ['george', 'georg', 'jorge', 'giorgio', 'georgi', 'georgy', 'yuri', 'yuriy', 'jurij'],
    ['stephen', 'steven', 'steve', 'stefan', 'stephan', 'stephane', 'esteban', 'stepan'],
    ['andrew', 'andy', 'andreas', 'andre', 'andres', 'andrea', 'andrei', 'andriy'],
    ['vladimir', 'volodymyr', 'wladimir', 'volodya'],
    ['christopher', 'chris', 'kit', 'christoph', 'cristobal'],
    ['daniel', 'dan', 'danny'],
    ['samuel', 'sam', 'sammy'],
    ['thomas', 'tom', 'tommy', 'tomas', 'tommaso', 'foma'],
    ['benjamin', 'ben', 'benny', 'benji', 'bibi'],
    ['matthew', 'matt', 'matthias', 'mathieu', 'matteo', 'mateo'],
  ],
  // Offices an English article may name with different words for the same person (stems, lower-case).
  roleGroups: [
    ['prime minister', 'premier', 'head of government', 'chancellor', 'pm'],
    ['president', 'head of state', 'leader'],
    ['foreign minister', 'foreign secretary', 'secretary of state', 'top diplomat'],
    ['mayor', 'city leader'],
    ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
    ['coach', 'manager', 'head coach'],
    ['chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'boss'],
  ],
};
