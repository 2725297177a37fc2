import { KeywordMatcher } from './text/keyword-matcher';

/**
 * A word list a rule matches against, built from the built-in terms (Simplified, Traditional and
 * English) and whatever the policy adds. The matcher is compiled on first use and reused for
 * every draft checked with the same policy.
 */
export class TermList {
  private compiled: KeywordMatcher | undefined;

  constructor(readonly terms: readonly string[]) {}

  get matcher(): KeywordMatcher {
    this.compiled ??= new KeywordMatcher(this.terms);
    return this.compiled;
  }

  /** Whether normalised `text` contains any term. */
  test(normalizedText: string): boolean {
    return this.matcher.test(normalizedText);
  }

  /** Whether normalised `text`, as a whole, is one of the terms. */
  hasExactly(normalizedText: string): boolean {
    return this.matcher.keywords.includes(normalizedText);
  }
}
