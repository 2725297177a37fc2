import * as z from 'zod/mini';
import { compileAdminPattern, type AdminPattern } from '../../detectors/admin-patterns';
import type { OptionSpec } from '../../options';

/** An admin pattern, checked when the policy loads so a bad one is a policy error naming its path. */
const patternSchema = z.string().check(
  z.minLength(1),
  z.superRefine((source: string, context) => {
    const compiled = compileAdminPattern(source);
    if (!compiled.ok) context.addIssue({ code: 'custom', message: `${compiled.message} (pattern ${JSON.stringify(source)})`, input: source });
  }),
);

/**
 * A list of the organisation's regular expressions (RE2 syntax, matched case-insensitively on
 * NFKC text). Compiled once when the policy loads; an invalid pattern is an error at
 * `$.rules["sensitive-content"].patterns[i]`.
 */
export function patternListOption(description: string): OptionSpec<readonly AdminPattern[]> {
  return {
    schema: z.array(patternSchema),
    defaultValue: [],
    resolve: (raw) => (Array.isArray(raw) ? compileAll(raw as string[]) : []),
    description,
  };
}

function compileAll(sources: readonly string[]): AdminPattern[] {
  return sources.flatMap((source) => {
    const compiled = compileAdminPattern(source);
    return compiled.ok ? [compiled.pattern] : [];
  });
}
