/** Folded text that remembers where each character came from. */
export interface FoldedText {
  readonly text: string;
  /** Where the folded character at `index` starts in the original (its length at the end). */
  startOf(index: number): number;
  /** Where the folded text up to `index` (exclusive) ends in the original. */
  endOf(index: number): number;
}

/**
 * NFKC, one code point at a time, remembering where each folded character came from, so a
 * position found in the folded text maps back to the text as typed.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const normalized = char.normalize('NFKC');
    for (let k = 0; k < normalized.length; k++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += normalized;
    offset += char.length;
  }
  return {
    text: folded,
    startOf: (index) => starts[index] ?? text.length,
    endOf: (index) => (index <= 0 ? 0 : ends[index - 1] ?? text.length),
  };
}
