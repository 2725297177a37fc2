/**
 * Every text the report takes from mail (subjects, finding messages, sources, reasons, evidence)
 * is written by whoever sent the message. Before it reaches the HTML it is masked again (the
 * audit masks it, the report does not rely on that), its controls are made visible, it is cut to
 * a readable length and it is escaped for HTML text and attribute values alike.
 */
import { maskPersonalNumbers, type CalendarDate } from '../../../engine/detectors';
import { cut } from '../../../engine/schema-errors';
import { visible } from '../../visible';

/** A subject or message longer than this is cut: the report is read by people, not parsed. */
export const MAX_TEXT_CHARS = 300;

const DIGIT = '[0-9\\uff10-\\uff19]';
/** What people type between groups of digits (spaces, hyphens, dashes), and invisible characters. */
const SEPARATOR = '[ \\t\\u00a0\\u3000\\-\\u2010-\\u2015\\uff0d\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]';
/**
 * 11 digits or more, a separator at most between two: as long as a mobile number. The engine
 * masks the numbers it recognises; this catches those it does not (a resident ID with a wrong
 * check digit, a card of an unknown issuer), so no long run of someone's digits reaches the file.
 */
const LONG_DIGIT_RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}?${DIGIT}){10,}`, 'gu');
/** Digits a long run keeps in front and at the end, as the engine's masks do (`138****8000`). */
const KEEP_FRONT = 3;
const KEEP_END = 4;

/** Masks the engine's way, then hides the middle of any long digit run that is left. */
export function maskForReport(text: string, today: CalendarDate): string {
  return maskPersonalNumbers(text, today).replace(LONG_DIGIT_RUN, maskDigitRun);
}

function maskDigitRun(run: string): string {
  const digits = [...run].filter((char) => /^[0-9\uff10-\uff19]$/u.test(char)).length;
  let seen = 0;
  return [...run]
    .map((char) => {
      if (!/^[0-9\uff10-\uff19]$/u.test(char)) return char;
      seen += 1;
      return seen <= KEEP_FRONT || seen > digits - KEEP_END ? char : '*';
    })
    .join('');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => HTML_ESCAPES[char]!);
}

/** A text from mail, ready for the HTML: masked, line breaks as spaces, controls visible, cut, escaped. */
export function mailText(text: string, today: CalendarDate): string {
  // Line breaks go first, so that a number broken over two lines is masked as one.
  const masked = maskForReport(text.replace(/[\r\n\t]+/gu, ' '), today);
  return escapeHtml(cut(visible(masked), MAX_TEXT_CHARS));
}

/** Sources are paths: the end of a long one tells messages apart, so the start is cut. */
const MAX_SOURCE_CHARS = 120;

/** A message's source (a path, `box.mbox#12`), ready for the HTML like `mailText`, cut at the front. */
export function mailSource(source: string, today: CalendarDate): string {
  const masked = visible(maskForReport(source.replace(/[\r\n\t]+/gu, ' '), today));
  const chars = [...masked];
  return escapeHtml(chars.length <= MAX_SOURCE_CHARS ? masked : `…${chars.slice(chars.length - MAX_SOURCE_CHARS + 1).join('')}`);
}
