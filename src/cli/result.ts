/** What checking one file gives, and what a whole run adds up to. */
import type { Decision, Finding, LocalizedText } from '../engine';

/**
 * A draft's decision and findings (and the rules that threw instead of judging it, if any), or why
 * the file could not be checked (in each language).
 */
export type FileResult =
  | {
      readonly file: string;
      readonly decision: Decision;
      readonly findings: readonly Finding[];
      readonly failed?: readonly string[];
      /** Attachments whose text should have been read and was not, or only in part (damaged, past the message's limit). */
      readonly unscanned?: readonly string[];
    }
  | { readonly file: string; readonly error: LocalizedText };

export interface RunSummary {
  readonly files: number;
  readonly allow: number;
  readonly prompt: number;
  readonly block: number;
  readonly error: number;
}

/** Exit status: 2 when any file could not be checked in full, else 1 when any draft prompts or blocks, else 0. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export class SummaryCounter {
  private readonly counts = { files: 0, allow: 0, prompt: 0, block: 0, error: 0 };
  /** A file some rule could not judge counts under its decision, and still makes the run exit 2. */
  private incomplete = false;

  add(result: FileResult): void {
    this.counts.files += 1;
    this.counts['error' in result ? 'error' : result.decision] += 1;
    if ('failed' in result && result.failed) this.incomplete = true;
  }

  get summary(): RunSummary {
    return { ...this.counts };
  }

  get exitCode(): number {
    if (this.counts.error > 0 || this.incomplete) return EXIT_BAD_INPUT;
    return this.counts.prompt + this.counts.block > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
}
