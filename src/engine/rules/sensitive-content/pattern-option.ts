import { checkPatternSource, compileAdminPattern, type AdminPattern } from '../../detectors/admin-patterns';
import { adminText } from '../../off-send-text';
import type { OptionSpec } from '../../options';
import * as v from '../../validation/builders';

/** An admin pattern, checked when the policy loads so a bad one is a policy error naming its path. */
const patternSchema = v.refine(v.string({ minLength: 1 }), (source, report) => {
  const compiled = compileAdminPattern(source);
  if (!compiled.ok) report(`${compiled.message} (pattern ${JSON.stringify(source)})`);
});

/** All of a policy's patterns together, in compiled instructions: each one scans every character of the mail. */
export const MAX_TOTAL_INSTRUCTIONS = 2000;

export const patternListSchema = v.refine(v.array(patternSchema), (sources, report) => {
  let size = 0;
  for (const source of sources) {
    const checked = checkPatternSource(source);
    if (checked.ok) size += checked.program.instructions.length;
  }
  if (size > MAX_TOTAL_INSTRUCTIONS) report(adminText(`the patterns compile to ${size} instructions together, more than ${MAX_TOTAL_INSTRUCTIONS}`));
});

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
