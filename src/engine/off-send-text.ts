/**
 * Markers for text that Send never shows, so the on-send bundle, which must stay small, is built
 * without it: scripts/strip-docs-loader.js replaces each `doc('…')`, `adminText('…')`,
 * `notAtSend('…')` and `schemaHint('…')` with
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

/**
 * What a refinement adds to the JSON Schema (`{"maximum": 120}`), written as JSON text so that the
 * loader can leave it out of Send, whose validator never reads it.
 */
export function schemaHint(json: string): Readonly<Record<string, unknown>> {
  return JSON.parse(json) as Readonly<Record<string, unknown>>;
}

/**
 * Text the task pane and the CLI show and Send does not: a rule's built-in principle (Send's
 * dialog cites only the organisation's own clauses, and has 500 characters for the findings).
 */
export function notAtSend(text: string): string {
  return text;
}
