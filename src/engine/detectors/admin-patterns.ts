import { RE2JS } from 're2js';
import { checkPatternSource, type PatternCompilation } from './admin-pattern-source';

export { MAX_PATTERN_LENGTH, findAdminPatterns, type AdminPattern, type PatternCompilation } from './admin-pattern-source';

/**
 * Compiles a policy pattern with re2js (linear time, no backtracking), case-insensitive: it runs
 * on NFKC, lower-cased text. The on-send bundle replaces this module with `admin-patterns-lite.ts`.
 */
export function compileAdminPattern(source: string): PatternCompilation {
  const checked = checkPatternSource(source);
  if (!checked.ok) return checked;
  const regex = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return {
    ok: true,
    pattern: {
      source,
      find: (text) => {
        const matcher = regex.matcher(text);
        return matcher.find() ? { start: matcher.start(), end: matcher.end() } : null;
      },
    },
  };
}
