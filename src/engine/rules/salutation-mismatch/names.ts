import { PINYIN_TABLE } from './pinyin-table';

/** A character's readings: as a surname, and inside a given name. */
interface Readings {
  readonly surname: string[];
  readonly given: string[];
}

let table: Map<string, Readings> | undefined;
let syllables: Set<string> | undefined;

/** The table read once, on the first greeting that names someone. */
function readings(): Map<string, Readings> {
  if (table) return table;
  table = new Map();
  syllables = new Set();
  for (const [, syllable, surnames, given = ''] of PINYIN_TABLE.matchAll(/([a-z]+)([^a-z,]*),?([^a-z]*)/gu)) {
    syllables.add(syllable!);
    const add = (chars: string, kind: keyof Readings) => {
      for (const char of chars) {
        const entry = table!.get(char) ?? { surname: [], given: [] };
        entry[kind].push(syllable!);
        table!.set(char, entry);
      }
    };
    add(surnames!, 'surname');
    add(given, 'given');
  }
  return table;
}

export function isSurname(char: string | undefined): boolean {
  return char !== undefined && (readings().get(char)?.surname.length ?? 0) > 0;
}

export function isNameChar(char: string): boolean {
  return readings().has(char);
}

/**
 * The readings of each character of a name, the first read as a surname when `surnameFirst`;
 * `undefined` for a character the table lacks.
 */
export function romanize(name: string, surnameFirst: boolean): (string[] | undefined)[] {
  return [...name].map((char, index) => {
    const entry = readings().get(char);
    if (!entry) return undefined;
    const asSurname = surnameFirst && index === 0;
    const first = asSurname ? entry.surname : entry.given;
    return first.length > 0 ? first : asSurname ? entry.given : entry.surname;
  });
}

/** Every way of reading a name, one syllable list each (at most a few: names are short). */
export function readingsOf(syllableOptions: readonly string[][]): string[][] {
  return syllableOptions.reduce<string[][]>((ways, options) => ways.flatMap((way) => options.map((option) => [...way, option])), [[]]).slice(0, 16);
}

/** A word that splits into pinyin syllables (`anna` = an na), so may be a Chinese given name. */
export function isPinyin(word: string): boolean {
  readings();
  const can: boolean[] = [true];
  for (let end = 1; end <= word.length; end++) {
    can[end] = false;
    for (let start = Math.max(0, end - 6); start < end && !can[end]; start++) can[end] = can[start]! && syllables!.has(word.slice(start, end));
  }
  return word.length > 0 && can[word.length]!;
}
