/**
 * Character-level scanning shared by the number detectors. Everything here is a single forward
 * pass with charCodeAt: no regular expressions over unbounded input.
 */

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII letters and digits: what glues characters into one identifier such as `SN12345` or a hash. */
export function isAsciiAlnumCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Whether `text[start, end)` holds only ASCII digits. */
export function isAllDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return end > start;
}

/**
 * Calls `visit` for every maximal run of ASCII letters and digits, in order. A number glued to
 * Latin letters or other digits is part of a longer run, so `SN110105199003071239` or a
 * 20-digit order number never looks like an 18-character ID; CJK text, punctuation and spaces
 * around a number end the run.
 */
export function forEachAlnumRun(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isAsciiAlnumCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < length && isAsciiAlnumCode(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}

/** The end of the run of ASCII digits starting at `start` (== start when there is none). */
export function digitRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

function isCheckLetter(code: number): boolean {
  return code === 88 || code === 120;
}

/** Separators allowed between groups of a number written in groups (`6222 0212 …`, `138-0013-8000`). */
export function isGroupSeparator(code: number): boolean {
  return code === 32 || code === 45;
}

/**
 * A number written in groups: digit runs joined by one separator character, the same throughout,
 * from `start` to `end`. `groups` holds each group's length.
 */
export interface DigitGroups {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly number[];
  readonly digits: string;
  /**
   * The letter `X` right after the last group (`110105 19491231 002X`): a resident ID's check
   * character. `digits` and `groups` do not include it; `end` does.
   */
  readonly checkLetter?: boolean;
}

/**
 * Calls `visit` for every maximal sequence of two or more digit groups joined by single spaces or
 * single hyphens (not mixed), such as `6222 0212 3456 7890` or `138-0013-8000`. The sequence must
 * not be glued to letters or digits on either side. Each character is read a bounded number of
 * times, so the pass is linear however long the sequence.
 */
export function forEachGroupedNumber(text: string, visit: (number: DigitGroups) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && isAsciiAlnumCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    i = readGroupedNumber(text, i, visit);
  }
}

/** Reads the groups starting at `start` (a digit not glued to the left) and returns where scanning resumes. */
export function readGroupedNumber(text: string, start: number, visit: (number: DigitGroups) => void): number {
  let end = digitRunEnd(text, start);
  const separator = text.charCodeAt(end);
  // Most digit runs stand alone: leave before allocating anything.
  if (!isGroupSeparator(separator) || !isDigitCode(text.charCodeAt(end + 1))) return end;
  const groups = [end - start];
  let digits = text.slice(start, end);
  while (text.charCodeAt(end) === separator && isDigitCode(text.charCodeAt(end + 1))) {
    const groupEnd = digitRunEnd(text, end + 1);
    groups.push(groupEnd - end - 1);
    digits += text.slice(end + 1, groupEnd);
    end = groupEnd;
  }
  if (isCheckLetter(text.charCodeAt(end)) && !isAsciiAlnumCode(text.charCodeAt(end + 1))) {
    visit({ start, end: end + 1, groups, digits, checkLetter: true });
    return end + 1;
  }
  // Glued to a letter on the right (`1234-5678ab`), it is part of a code, not a number.
  if (isAsciiAlnumCode(text.charCodeAt(end))) return end;
  visit({ start, end, groups, digits });
  return end;
}
