import { adminText } from '../off-send-text';
import { formatPath, quote, type InputError } from '../schema-errors';

/** Deepest nesting a policy may have; a real one has at most 5 levels (`$.rules[id].words.replace`). */
export const MAX_POLICY_DEPTH = 32;

export const tooDeep = (path: readonly PropertyKey[]): InputError => ({ path: formatPath(path), message: adminText(`nested deeper than ${MAX_POLICY_DEPTH} levels`) });

/**
 * What JSON.parse lets pass: a key given twice in one object (it keeps the last, so a wrong first
 * value would go unreported) and nesting deeper than MAX_POLICY_DEPTH, refused before anything,
 * JSON.parse included, recurses over it. One pass, no recursion; returns false when too deep.
 * Text that is not JSON is left to JSON.parse to report.
 */
export function scanJson(text: string, found: InputError[]): boolean {
  // Per open container: the keys seen, and where in it the scan is (the current key, or an array's index).
  const keys: Array<Set<string>> = [];
  const path: PropertyKey[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const n = keys.length - 1;
    if (c === '"') {
      const start = i;
      while (++i < text.length && text[i] !== '"') if (text[i] === '\\') i++;
      if (!expectKey) continue;
      const key = (path[n] = readKey(text.slice(start, i + 1)));
      const seen = keys[n] as Set<string>;
      if (seen.has(key)) found.push({ path: formatPath(path), message: adminText(`duplicate key ${quote(key)}`) });
      seen.add(key);
      expectKey = false;
    } else if (c === '{' || c === '[') {
      if (n + 1 === MAX_POLICY_DEPTH) return !found.push(tooDeep(path));
      expectKey = c === '{';
      keys.push(new Set());
      path.push(expectKey ? '' : 0);
    } else if (c === '}' || c === ']') {
      keys.pop();
      path.pop();
      expectKey = false;
    } else if (c === ',') {
      // After a comma an object wants a key, an array its next item.
      expectKey = typeof path[n] === 'string';
      if (typeof path[n] === 'number') path[n] = (path[n] as number) + 1;
    }
  }
  return true;
}

function readKey(token: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return token;
  }
}
