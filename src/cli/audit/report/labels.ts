/** The report's words and number formats in each language; the words are data in report-labels.json. */
import { formatMessage, LOCALE_CONVENTIONS, type ActiveSeverity, type Decision, type Locale } from '../../../engine';
import REPORT_LABELS from './report-labels.json';

export type EvidenceKind = 'term' | 'domain' | 'type' | 'other';

/** A text with a number in it, for one item and for any other number (`Intl.PluralRules` categories). */
type Counted = Readonly<Record<'one' | 'other', string>>;

export interface ReportLabels {
  readonly title: string;
  readonly intro: string;
  readonly policy: string;
  /** Shown for the policy version `default` (no policy file, or one without `version`). */
  readonly defaultPolicy: string;
  readonly generated: string;
  readonly messages: string;
  readonly unreadable: string;
  readonly flagged: string;
  readonly rulesFired: string;
  readonly decisionsHeading: string;
  readonly decision: Readonly<Record<Decision, string>>;
  /** The decisions chart's accessible title: `{{total}}`. */
  readonly decisionsChart: string;
  /** Under the total in the donut's hole: short enough to fit there. */
  readonly donutUnit: string;
  readonly messageCount: Counted;
  readonly rulesHeading: string;
  readonly rulesNote: string;
  readonly severity: Readonly<Record<ActiveSeverity, string>>;
  readonly rule: string;
  readonly distribution: string;
  readonly messageColumn: string;
  readonly share: string;
  readonly noRules: string;
  /** A rule's bar, for screen readers: `{{rule}}`, `{{count}}` (with its unit), `{{rate}}`. */
  readonly ruleBar: string;
  readonly detailsHeading: string;
  readonly evidence: string;
  readonly evidenceKind: Readonly<Record<EvidenceKind, string>>;
  readonly examples: string;
  readonly source: string;
  readonly subject: string;
  readonly message: string;
  readonly noSubject: string;
  readonly scopesHeading: string;
  readonly scope: string;
  readonly noScopes: string;
  readonly unreadableHeading: string;
  readonly reason: string;
  readonly noUnreadable: string;
  readonly incompleteHeading: string;
  readonly incompleteIntro: string;
  readonly failedRules: string;
  /** After a list cut short: `{{count}}` items left out. */
  readonly more: string;
  readonly footer: string;
}

const LABELS: Readonly<Record<Locale, ReportLabels>> = REPORT_LABELS;

/** The labels and number formats of one language. */
export class ReportText {
  readonly labels: ReportLabels;
  private readonly numbers: Intl.NumberFormat;
  private readonly percents: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(readonly locale: Locale) {
    this.labels = LABELS[locale];
    this.numbers = new Intl.NumberFormat(locale);
    this.percents = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    this.plurals = new Intl.PluralRules(locale);
  }

  /** `3,750` */
  count(value: number): string {
    return this.numbers.format(value);
  }

  /** `12.3%` of `total`, always one decimal so that columns line up; `0.0%` when there is nothing to divide by. */
  percent(part: number, total: number): string {
    return this.percents.format(total > 0 ? part / total : 0);
  }

  /** `3,750 封邮件`, `1 message`. */
  messageCount(value: number): string {
    const category = this.plurals.select(value) === 'one' ? 'one' : 'other';
    return formatMessage(this.labels.messageCount[category], { count: this.count(value) });
  }

  /** A date and time written as the language writes them, in `timeZone` (the machine's when undefined). */
  dateTime(date: Date, timeZone: string | undefined): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
  }

  /** `a、b`, `a, b` */
  list(items: readonly string[]): string {
    return items.join(LOCALE_CONVENTIONS[this.locale].listSeparator);
  }

  /** An aside after a text: `（…）`, ` (…)`. */
  aside(text: string): string {
    return formatMessage(LOCALE_CONVENTIONS[this.locale].aside, { text });
  }

  format(template: string, data: Readonly<Record<string, string | number>>): string {
    return formatMessage(template, data);
  }
}
