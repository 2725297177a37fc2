import { PINYIN_TABLE } from './pinyin-table';

/** A character's readings: as a surname, and inside a given name. */
type Readings = [surname: string[], given: string[]];

/** The decoded table: each character's readings, and every syllable they use. */
interface NameTable {
  readonly readings: Map<string, Readings>;
  readonly syllables: Set<string>;
}

let table: NameTable | undefined;
/** zh, ch and sh as the table spells them (v, u and i are no initials), and no initial at all. */
const SPELLED_INITIAL: Record<string, string> = { v: 'zh', u: 'ch', i: 'sh', o: '' };

/** Each character's readings, from the packed table (its format: scripts/generate-pinyin.js), read once, on the first greeting that names someone. */
export function nameTable(): Map<string, Readings> {
  return decodedTable().readings;
}

function decodedTable(): NameTable {
  if (table) return table;
  const decoded = new Map<string, Readings>();
  const syllables = new Set<string>();
  const [finals, surnames, given, initials, finalIndexes] = PINYIN_TABLE.split('|') as [string, string, string, string, string];
  const finalList = finals.split(' ');
  let entry = 0;
  let final = 0;
  [surnames, given].forEach((deltas, kind) => {
    let code = 0x4e00;
    let value = 0;
    for (const letter of deltas) {
      const digit = letter.charCodeAt(0) - 97;
      value = value * 13 + (digit % 13);
      if (digit > 12) continue;
      code += value;
      value = 0;
      let index = finalIndexes.charCodeAt(final++) - 97;
      if (index === 25) index += finalIndexes.charCodeAt(final++) - 97;
      const initial = initials[entry++]!;
      const syllable = (SPELLED_INITIAL[initial] ?? initial) + finalList[index]!;
      syllables.add(syllable);
      const char = String.fromCharCode(code);
      const readings = decoded.get(char) ?? [[], []];
      readings[kind]!.push(syllable);
      decoded.set(char, readings);
    }
  });
  return (table = { readings: decoded, syllables });
}

export function isSurname(char: string | undefined): boolean {
  return !!nameTable().get(char!)?.[0].length;
}

export function isNameChar(char: string): boolean {
  return nameTable().has(char);
}

/**
 * The readings of each character of a name, the first read as a surname when `surnameFirst`;
 * `undefined` for a character the table lacks.
 */
export function romanize(name: string, surnameFirst: boolean): (string[] | undefined)[] {
  return [...name].map((char, index) => {
    const readings = nameTable().get(char);
    const asSurname = surnameFirst && index === 0 ? 0 : 1;
    return readings && (readings[asSurname].length > 0 ? readings[asSurname] : readings[1 - asSurname]);
  });
}

/** Every way of reading a name, one syllable list each (at most a few: names are short). */
export function readingsOf(syllableOptions: readonly string[][]): string[][] {
  return syllableOptions.reduce<string[][]>((ways, options) => ways.flatMap((way) => options.map((option) => [...way, option])), [[]]).slice(0, 16);
}

/** A word that splits into the table's syllables (`anna` = an na), so may be a Chinese given name. */
export function isPinyin(word: string): boolean {
  const { syllables } = decodedTable();
  const can: (boolean | undefined)[] = [true];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 6); start < end && !can[end]; start++) can[end] = can[start] && syllables.has(word.slice(start, end));
  }
  return word !== '' && !!can[word.length];
}
