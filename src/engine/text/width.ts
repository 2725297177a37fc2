/**
 * Display width of a subject line: a CJK ideograph, kana, Hangul syllable or any remaining
 * full-width/wide character counts 2, anything else 1 (RULES.md `subject-too-long`).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

// Ranges follow Unicode East Asian Width W/F blocks that appear in mail subjects.
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, symbols and punctuation
  [0x3041, 0x33ff], // kana, Bopomofo, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // full-width signs
  [0x231a, 0x231b], // ⌚ ⌛
  [0x23e9, 0x23f3], // ⏩ … ⏳
  [0x2614, 0x2615], // ☔ ☕
  [0x2648, 0x2653], // zodiac
  [0x26a1, 0x26a1], // ⚡
  [0x26bd, 0x26be], // ⚽ ⚾
  [0x26c4, 0x26c5], // ⛄ ⛅
  [0x26d4, 0x26d4], // ⛔
  [0x2705, 0x2705], // ✅
  [0x270a, 0x270b], // ✊ ✋
  [0x2728, 0x2728], // ✨
  [0x274c, 0x274c], // ❌
  [0x2753, 0x2757], // ❓ … ❗
  [0x2795, 0x2797], // ➕ ➖ ➗
  [0x2b1b, 0x2b1c], // ⬛ ⬜
  [0x2b50, 0x2b50], // ⭐
  [0x2b55, 0x2b55], // ⭕
  [0x1f004, 0x1f004], // 🀄
  [0x1f300, 0x1f64f], // emoji: pictographs and faces
  [0x1f680, 0x1f6ff], // emoji: transport and map
  [0x1f900, 0x1f9ff], // supplemental symbols
  [0x1fa70, 0x1faff], // symbols and pictographs extended-A
  [0x20000, 0x3fffd], // CJK extensions B and beyond
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
