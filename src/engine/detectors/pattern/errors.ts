import { adminText } from '../../off-send-text';

/** A pattern outside the subset; `position` is a 0-based UTF-16 offset in the source. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function unsupported(position: number, what: string): PatternError {
  return new PatternError(adminText(`unsupported syntax at ${position}: ${what}`), position);
}

/** Why a `(?…)` group other than `(?:…)` is refused, by what `group` starts with. */
export function describeSpecialGroup(group: string): string {
  if (group.startsWith('(?=')) return adminText('look-ahead (?=…) is not allowed');
  if (group.startsWith('(?!')) return adminText('negative look-ahead (?!…) is not allowed');
  if (group.startsWith('(?<=')) return adminText('look-behind (?<=…) is not allowed');
  if (group.startsWith('(?<!')) return adminText('negative look-behind (?<!…) is not allowed');
  if (group.startsWith('(?<') || group.startsWith('(?P') || group.startsWith("(?'")) return adminText('named groups are not allowed; use (…) or (?:…)');
  return adminText('flags and other (?…) groups are not allowed; only (?:…)');
}

/** Why an escape letter outside the subset is refused. */
export function describeEscape(letter: string): string {
  if (letter >= '1' && letter <= '9') return `back-references like \\${letter} are not allowed`;
  if (letter === '0') return adminText('octal escapes like \\0 are not allowed');
  if (letter === 'p' || letter === 'P') return `Unicode classes like \\${letter}{…} are not allowed`;
  if (letter === 'Q' || letter === 'E') return adminText('\\Q…\\E quoting is not allowed');
  if (letter === 'u') return adminText('\\u escapes are not allowed (RE2 has none); write the character itself');
  return `unknown escape \\${letter}`;
}
