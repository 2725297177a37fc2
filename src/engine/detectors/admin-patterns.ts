import { checkPatternSource, type PatternCompilation } from './admin-pattern-source';
import { searchPattern } from './pattern-vm';

export { MAX_PATTERN_LENGTH, findAdminPatterns, type AdminPattern, type PatternCompilation } from './admin-pattern-source';

/**
 * Compiles a policy pattern for the project's linear-time Pike VM (`pattern-vm.ts`), in every
 * runtime: Send, the task pane, the CLI. Case-insensitive: it runs on NFKC, lower-cased text.
 */
export function compileAdminPattern(source: string): PatternCompilation {
  const checked = checkPatternSource(source);
  if (!checked.ok) return checked;
  const { program } = checked;
  return { ok: true, pattern: { source, find: (text) => searchPattern(program, text) } };
}
