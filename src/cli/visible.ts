import { BIDI_CONTROL_CLASS } from '../engine/text/controls';

/**
 * Text from a message (a subject, an address, an attachment or file name) is printed to a
 * terminal: control characters in it could move the cursor, rewrite a line (a forged `ALLOW`),
 * retitle the window, and bidi controls reorder what is shown (`invoice‮gnp.exe`). They are
 * shown as escapes instead.
 */

/** C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, and the Unicode line separators. */
const INVISIBLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROL_CLASS}]`, 'gu');

/** @example visible('a\u001b[2Kb\u202e') // 'a\\x1b[2Kb\\u202e' */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** Controls JSON.stringify leaves raw (it escapes only C0): still valid JSON that parses to the same string. */
const RAW_IN_JSON = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROL_CLASS}]`, 'gu');

/** JSON text with the controls above written as `\uXXXX`; programs read the same values. */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
