import * as z from 'zod/mini';
import { checkPatternSource } from '../../detectors/admin-pattern-source';
import { compileAdminPattern, type AdminPattern } from '../../detectors/admin-patterns';
import { adminText } from '../../off-send-text';
import type { OptionSpec } from '../../options';

/** An admin pattern, checked when the policy loads so a bad one is a policy error naming its path. */
const patternSchema = z.string().check(
  z.minLength(1),
  z.superRefine((source: string, context) => {
    const compiled = compileAdminPattern(source);
    if (!compiled.ok) context.addIssue({ code: 'custom', message: `${compiled.message} (pattern ${JSON.stringify(source)})`, input: source });
  }),
);

/** All of a policy's patterns together, in compiled instructions: each one scans every character of the mail. */
export const MAX_TOTAL_INSTRUCTIONS = 2000;

const patternListSchema = z.array(patternSchema).check(
  z.superRefine((sources: string[], context) => {
    let size = 0;
    for (const source of sources) {
      const checked = checkPatternSource(source);
      if (checked.ok) size += checked.program.instructions.length;
    }
    if (size > MAX_TOTAL_INSTRUCTIONS) context.addIssue({ code: 'custom', message: adminText(`the patterns compile to ${size} instructions together, more than ${MAX_TOTAL_INSTRUCTIONS}`), input: sources });
  }),
);

/**
 * A list of the organisation's regular expressions (RE2 syntax, matched case-insensitively on
 * NFKC text). Compiled once when the policy loads; an invalid pattern is an error at
 * `$.rules["sensitive-content"].patterns[i]`.
 */
export function patternListOption(description: string): OptionSpec<readonly AdminPattern[]> {
  return {
    schema: patternListSchema,
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
