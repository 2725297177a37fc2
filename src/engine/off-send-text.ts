/**
 * Markers for text that Send never shows, so the on-send bundle, which must stay small, is built
 * without it: scripts/strip-docs-loader.js replaces each `doc('…')` and `adminText('…')` with
 * `''` in that build. Everywhere else they return the text as it is.
 */

/** Text only documentation reads: rule pages, `policy defaults`, the schema. */
export function doc(text: string): string {
  return text;
}

/** Detail of a policy error, read by the admin in the task pane and the CLI; Send only falls back. */
export function adminText(text: string): string {
  return text;
}
