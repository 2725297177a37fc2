/**
 * English `confidential` is a classification marking only where it is used as a label; in running
 * prose ("this proposal is indicative and confidential") it is what business mail under an NDA
 * says every day, so it counts as a confidential keyword instead (RULES.md «sensitive-content»).
 */

/** Markings that are ordinary English words in prose. `strictly confidential` and `top secret` always mark. */
export const LABEL_ONLY_MARKINGS: ReadonlySet<string> = new Set(['confidential', 'highly confidential']);

/**
 * How far from the term a label's line start or end may be: a label stands at the start of a
 * line, behind at most a quote marker and a bracket. Bounding the look keeps the scan linear on
 * a single megabyte-long line.
 */
const LINE_LOOK_CHARS = 16;

/** Brackets a label may stand in, each closing one at the index of its opening one. */
const OPENING_BRACKETS = '[(【〔〖<*';
const CLOSING_BRACKETS = '])】〕〗>*';
/**
 * What may stand before the term on a label's line: Outlook's `Sensitivity:` header in quoted
 * history, and the legal heading `Privileged and Confidential`.
 */
const LABEL_LEADS = /^(?:sensitivity\s*:|privileged\s*(?:and|&))\s*$/u;
/** What may follow a label at the start of a line: a colon or a dash (`Confidential - Q3 terms.docx`). */
const LABEL_SEPARATORS = ':-–—';

/**
 * Whether the term at `lower[start, end)` is used as a label: in capitals (`CONFIDENTIAL`) in the
 * text as written (`cased`, the same text before lower-casing), or at the start of a line (or of
 * the subject) followed by a colon or dash (`Confidential: …`), in brackets (`[Confidential]`),
 * alone on its line, or after `Sensitivity:` or `Privileged and` at the start of a line.
 */
export function isLabelUse(lower: string, cased: string | undefined, start: number, end: number): boolean {
  if (cased !== undefined && cased.length === lower.length && isCapitalized(cased.slice(start, end))) return true;
  const before = lineBefore(lower, start);
  if (before === undefined) return false;
  if (LABEL_LEADS.test(before)) return true;
  const opening = before.slice(-1);
  const bracketed = opening !== '' && OPENING_BRACKETS.includes(opening);
  if (before.length > (bracketed ? 1 : 0)) return false;
  const after = lineAfter(lower, end).trim();
  if (bracketed) return CLOSING_BRACKETS.charAt(OPENING_BRACKETS.indexOf(opening)) === after.charAt(0);
  return /^[.!]*$/u.test(after) || LABEL_SEPARATORS.includes(after.charAt(0));
}

function isCapitalized(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * What stands between the start of the line and `start`, without leading white space and quote
 * markers (`> `); undefined when the line starts further back than a label could.
 */
function lineBefore(text: string, start: number): string | undefined {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= LINE_LOOK_CHARS) return undefined;
    lineStart--;
  }
  return text.slice(lineStart, start).replace(/^[\s>]+/u, '');
}

/** The rest of the line after `end`, or enough of it to tell a label from prose. */
function lineAfter(text: string, end: number): string {
  const segment = text.slice(end, end + LINE_LOOK_CHARS);
  const newline = segment.indexOf('\n');
  return newline === -1 ? segment : segment.slice(0, newline);
}
