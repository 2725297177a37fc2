/**
 * RFC 3676 `format=flowed` text unfolded the way postal-mime does it, for the large text parts
 * that are decoded here instead of by postal-mime (see `large-bodies.ts`). Linear in the text.
 */

/** @example decodeFlowed('第三季度 \r\n预算\r\n', false) // '第三季度 预算\n' */
export function decodeFlowed(text: string, delSp: boolean): string {
  const pieces: string[] = [];
  // The unfolded line being built starts at this piece and is this long (the signature line "-- " is never joined).
  let lineStart = 0;
  let lineLength = 0;
  text.split(/\r?\n/u).forEach((raw, index) => {
    // Space stuffing (RFC 3676 4.4) is removed before lines are joined.
    const line = raw.startsWith(' ') ? raw.slice(1) : raw;
    if (index > 0) {
      const last = pieces.length > 0 ? pieces[pieces.length - 1]! : '';
      const isSignature = lineLength === 3 && pieces.slice(lineStart).join('') === '-- ';
      if (last.endsWith(' ') && !isSignature) {
        if (delSp) {
          if (last.length > 1) pieces[pieces.length - 1] = last.slice(0, -1);
          else pieces.pop();
          lineLength -= 1;
        }
      } else {
        pieces.push('\n');
        lineStart = pieces.length;
        lineLength = 0;
      }
    }
    if (line) {
      pieces.push(line);
      lineLength += line.length;
    }
  });
  return pieces.join('');
}
