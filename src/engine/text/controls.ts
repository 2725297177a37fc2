/**
 * Bidirectional controls: ALM, LRM, RLM, the embeddings and overrides (LRE … RLO) and the
 * isolates (LRI … PDI), as the inside of a character class. Invisible, yet they reorder what is
 * shown (`invoice\u202Egnp.exe` reads "invoice" + "exe.png"): the task pane draws them as markers
 * and the CLI prints them as escapes.
 */
export const BIDI_CONTROL_CLASS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
