import { LOCALES, RULES, formatMessage, type Finding, type Fix, type LocalizedText } from '../engine';
import { BIDI_CONTROL_CLASS } from '../engine/text/controls';

/**
 * Splitting the pane's sentences into our own words and the values put into them (a file name,
 * an address, an admin's clause), so each value can be isolated from the sentence around it and
 * its direction controls shown (`invoice\u202Egnp.exe` would otherwise read "invoice" + "exe.png").
 */

/** A piece of a sentence: our own words, or a value interpolated into them. */
export type Part = { readonly kind: 'words'; readonly text: string } | { readonly kind: 'value'; readonly text: string };

/** A piece of a value: text, or one bidirectional control character, named by its code point. */
export type Piece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'control'; readonly code: string };

const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CLASS}]`, 'gu');
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/gu;

/** `U+202E` for the character U+202E. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each bidi control as a piece of its own, so it can be drawn as a visible marker. */
export function revealBidiControls(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
    pieces.push({ kind: 'control', code: codePointName(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

/** A `{{placeholder}}` template filled from `data`, as words and values; unknown placeholders stay words, as formatMessage leaves them. */
export function templateParts(template: string, data: Readonly<Record<string, string | number>> = {}): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const key = match[1]!;
    if (!(key in data)) continue;
    if (match.index > last) parts.push({ kind: 'words', text: template.slice(last, match.index) });
    parts.push({ kind: 'value', text: String(data[key]) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'words', text: template.slice(last) });
  return parts;
}

/**
 * `shown` as the parts of whichever language's template renders to it. Text no template gives
 * (a message built some other way) is one value, isolated as a whole.
 */
function partsOf(text: LocalizedText | undefined, data: Readonly<Record<string, string | number>>, shown: string): Part[] {
  for (const locale of LOCALES) {
    if (text && formatMessage(text[locale], data) === shown) return templateParts(text[locale], data);
  }
  return [{ kind: 'value', text: shown }];
}

function metaOf(finding: Finding) {
  return RULES.find((rule) => rule.meta.id === finding.rule)?.meta;
}

/** A finding's message as words and the draft's values. */
export function messageParts(finding: Finding): Part[] {
  return partsOf(metaOf(finding)?.messages[finding.messageId], finding.data, finding.message);
}

/** A fix's button label as words and the draft's values (a subject quoted in "change to …"). */
export function fixTitleParts(finding: Finding, fix: Fix): Part[] {
  return partsOf(metaOf(finding)?.fixes?.[fix.id], finding.data, fix.title);
}
