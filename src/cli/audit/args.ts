/** The command line of `preflight audit PATH... [--policy P] [--report FILE.html] [--format text|json] [--jobs N]`. */
import type { Locale } from '../../engine';
import type { OutputFormat } from '../args';
import type { UsageProblem } from '../messages';

export interface AuditCommand {
  readonly kind: 'audit';
  readonly paths: readonly string[];
  readonly policyPath: string | null;
  readonly format: OutputFormat;
  readonly locale: Locale | null;
  readonly report: string | null;
  /** Threads that evaluate messages; null: one per core. 1 evaluates in the main thread. */
  readonly jobs: number | null;
}

/** The options `parseCommand` read, as far as the audit uses them. */
export interface AuditOptionValues {
  readonly policy?: string;
  readonly format?: string;
  readonly locale?: string;
  readonly report?: string;
  readonly jobs?: string;
}

/** More threads than this gain nothing on any machine the audit runs on, and each costs memory. */
export const MAX_JOBS = 64;

/** The audit command, or the problem with its line. `locale` is `--locale` when it is supported. */
export function auditCommand(paths: readonly string[], values: AuditOptionValues, locale: Locale | null): AuditCommand | UsageProblem {
  if (paths.length === 0) return { kind: 'missing-path' };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return { kind: 'unknown-format', value: format };
  if (values.locale !== undefined && locale === null) return { kind: 'unknown-locale', value: values.locale };
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = /^\d+$/u.test(values.jobs) ? Number(values.jobs) : NaN;
    if (!(jobs >= 1 && jobs <= MAX_JOBS)) return { kind: 'invalid-jobs', value: values.jobs, max: MAX_JOBS };
  }
  return { kind: 'audit', paths, policyPath: values.policy ?? null, format, locale, report: values.report ?? null, jobs };
}
