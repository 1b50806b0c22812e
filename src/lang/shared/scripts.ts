/**
 * Romanization tables for names written in scripts other than Latin and Cyrillic (Cyrillic lives in the packs, where
 * German and English transliterate it differently). Language-neutral data shared by every pack, written for claimdiff
 * from the usual national romanization schemes; lower-case output.
 */

/** Greek letters (lower case, accents removed before lookup) as news romanizes them (ELOT-like). */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Armenian letters (lower case) in the common romanization (Hübschmann-Meillet without diacritics). */
export const ARMENIAN: Readonly<Record<string, string>> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r',
  ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'u', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

/** Georgian Mkhedruli letters in the national romanization without apostrophes. */
export const GEORGIAN: Readonly<Record<string, string>> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz',
  წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};

/**
 * Scripts that leave vowels out or fold them into syllables (Arabic, Persian, Khmer, Japanese kana): a name in them
 * is compared on its consonant skeleton only. Each letter maps to the skeleton consonant (see `SKELETON_RULES`);
 * '' for vowels, weak consonants (alif, waw, ya, ha, ain) and signs.
 */
export const SKELETON_LETTERS: Readonly<Record<string, string>> = {
  // Arabic
  ا: '', أ: '', إ: '', آ: '', ء: '', ئ: '', ؤ: '', ى: '', ة: '', ب: 'b', ت: 't', ث: 't', ج: 'g', ح: '', خ: 'k', د: 'd',
  ذ: 'd', ر: 'r', ز: 's', س: 's', ش: 's', ص: 's', ض: 'd', ط: 't', ظ: 's', ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k',
  ل: 'r', م: 'm', ن: 'n', ه: '', و: '', ي: '',
  // Persian additions
  پ: 'b', چ: 'č', ژ: 's', گ: 'g', ک: 'k', ی: '',
  // Khmer consonants (vowel signs and diacritics drop out); ប with the sign ៉ is p, which the skeleton writes b anyway.
  ក: 'k', ខ: 'k', គ: 'k', ឃ: 'k', ង: 'ng', ច: 'č', ឆ: 'č', ជ: 'č', ឈ: 'č', ញ: 'n', ដ: 'd', ឋ: 't', ឌ: 'd', ឍ: 't',
  ណ: 'n', ត: 't', ថ: 't', ទ: 't', ធ: 't', ន: 'n', ប: 'b', ផ: 'b', ព: 'b', ភ: 'b', ម: 'm', យ: '', រ: 'r', ល: 'r',
  វ: 'f', ស: 's', ហ: '', ឡ: 'r', អ: '',
  // Japanese katakana (hiragana is mapped onto katakana first): the consonant of each syllable.
  ア: '', イ: '', ウ: '', エ: '', オ: '', カ: 'k', キ: 'k', ク: 'k', ケ: 'k', コ: 'k', ガ: 'g', ギ: 'g', グ: 'g', ゲ: 'g',
  ゴ: 'g', サ: 's', シ: 's', ス: 's', セ: 's', ソ: 's', ザ: 's', ジ: 'g', ズ: 's', ゼ: 's', ゾ: 's', タ: 't', チ: 'č',
  ツ: 'ts', テ: 't', ト: 't', ダ: 'd', ヂ: 'g', ヅ: 's', デ: 'd', ド: 'd', ナ: 'n', ニ: 'n', ヌ: 'n', ネ: 'n', ノ: 'n',
  ハ: '', ヒ: '', フ: 'f', ヘ: '', ホ: '', バ: 'b', ビ: 'b', ブ: 'b', ベ: 'b', ボ: 'b', パ: 'b', ピ: 'b', プ: 'b',
  ペ: 'b', ポ: 'b', マ: 'm', ミ: 'm', ム: 'm', メ: 'm', モ: 'm', ヤ: '', ユ: '', ヨ: '', ラ: 'r', リ: 'r', ル: 'r',
  レ: 'r', ロ: 'r', ワ: '', ヲ: '', ン: 'n', ヴ: 'f', ャ: '', ュ: '', ョ: '', ァ: '', ィ: '', ゥ: '', ェ: '', ォ: '',
  ッ: '', ー: '',
};

/**
 * How a Latin name is reduced to the same consonant skeleton, in order: digraphs first, then single letters.
 * Vowels, w, y and h are dropped afterwards and doubled consonants made single; l and r fall together (Japanese
 * and Arabic renderings swap them), as do p/b, v/f, z/s, j/g and q/c/k; the ch sound is written č.
 */
export const SKELETON_RULES: readonly (readonly [string, string])[] = [
  ['tsch', 'č'], ['sch', 's'], ['ch', 'č'], ['sh', 's'], ['ph', 'f'], ['th', 't'], ['dh', 'd'], ['kh', 'k'], ['gh', 'g'],
  ['ck', 'k'], ['c', 'k'], ['q', 'k'], ['x', 'ks'], ['z', 's'], ['j', 'g'], ['v', 'f'], ['p', 'b'], ['l', 'r'],
];

/** Prefixes glued to a name in these scripts that romanizations write apart or drop (the Arabic article al-). */
export const SKELETON_PREFIXES: readonly string[] = ['ال'];

/** Separators of name parts in East Asian and other scripts (katakana middle dot, Arabic comma), read as spaces. */
export const SCRIPT_SEPARATORS = '・·‧،';
