import { checkPatternSource, type PatternCompilation } from './admin-pattern-source';
import { searchPattern } from './pattern-vm';

export { MAX_PATTERN_LENGTH, findAdminPatterns, type AdminPattern, type PatternCompilation } from './admin-pattern-source';

/**
 * `admin-patterns.ts` for the on-send bundle: the same exports, matched by the small linear-time
 * Pike VM in `pattern-vm.ts` instead of re2js (146 KB minified). Both accept exactly the same
 * patterns (`checkPatternSource`) and find the same matches (property-tested against re2js).
 */
export function compileAdminPattern(source: string): PatternCompilation {
  const checked = checkPatternSource(source);
  if (!checked.ok) return checked;
  const { program } = checked;
  return { ok: true, pattern: { source, find: (text) => searchPattern(program, text) } };
}
