import * as acorn from 'acorn';

/** Whether `code` parses as a classic script of that ECMAScript version. */
export function parsesAs(code: string, ecmaVersion: acorn.ecmaVersion): boolean {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
}
