import { formatMessage, LOCALE_CONVENTIONS, type Finding, type Locale, type Policy } from '../engine';

/** Outlook rejects a Smart Alerts message over 500 characters. */
export const SMART_ALERT_MAX_CHARS = 500;
/** One finding's message is cut to this many characters, so a long one cannot crowd out the rest. */
export const ITEM_MAX_CHARS = 160;
/** Custom button text must be 20 characters or less. */
export const BUTTON_MAX_CHARS = 20;
/** The ribbon button (manifest `Control id`) whose task pane the dialog's button opens. */
export const TASKPANE_COMMAND_ID = 'PreflightOpenPaneButton';

const TEXT = {
  'zh-CN': { review: '需在 Preflight 窗格中确认“{{label}}”：{{message}}', title: 'Preflight 发现 {{count}} 个问题', titleOne: 'Preflight 发现 1 个问题', more: '……还有 {{count}} 项，请在 Preflight 窗格中查看。', open: '查看并修正', failed: '未能完成发送前检查：{{reason}}。请稍后重试或联系 IT。' },
  'zh-TW': { review: '需在 Preflight 窗格中確認「{{label}}」：{{message}}', title: 'Preflight 發現 {{count}} 個問題', titleOne: 'Preflight 發現 1 個問題', more: '……還有 {{count}} 項，請在 Preflight 窗格中查看。', open: '查看並修正', failed: '未能完成傳送前檢查：{{reason}}。請稍後再試或聯絡 IT 人員。' },
  'en-US': { review: 'Confirm “{{label}}” in the Preflight pane: {{message}}', title: 'Preflight found {{count}} issues', titleOne: 'Preflight found 1 issue', more: '…and {{count}} more in the Preflight pane.', open: 'Review and fix', failed: 'The pre-send check could not finish: {{reason}}. Try again later or contact IT.' },
} as const;

export interface SmartAlertText {
  readonly errorMessage: string;
  readonly errorMessageMarkdown: string;
  readonly cancelLabel: string;
}

/**
 * RULES.md «The Smart Alerts dialog»: after every block, warnings by risk in this order, then the
 * rest in catalog order. Ids of rules not built yet hold their place for when they come.
 */
const RISK_ORDER: readonly string[] = ['sensitive-content', 'lookalike-domain', 'attachment-blocked-type', 'restricted-recipients', 'salutation-mismatch', 'reply-all-group', 'mass-mail'];
/** The shortest a kept item is cut to when many must share the dialog. */
const MIN_ITEM_CHARS = 24;
const ITEM_CUT_STEP = 8;

/** Findings in the order the dialog lists them. The sort is stable: catalog order breaks ties. */
export function dialogOrder(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => {
    const risk = RISK_ORDER.indexOf(finding.rule);
    return (stops(finding) ? 0 : 1) * (RISK_ORDER.length + 1) + (risk === -1 ? RISK_ORDER.length : risk);
  };
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

/** A block, a review step Send waits for, or sensitive content, is never what gives way to "…and N more". */
function mustShow(finding: Finding): boolean {
  return stops(finding) || finding.rule === 'sensitive-content';
}

/** The findings Send stops for: blocks, and review steps (every one the dialog shows is still to be confirmed). */
function stops(finding: Finding): boolean {
  return finding.severity === 'block' || finding.acknowledge !== undefined;
}

/** A finding's line: a review step first says where to confirm it. */
function messageOf(finding: Finding, locale: Locale): string {
  return finding.acknowledge ? formatMessage(TEXT[locale].review, { label: finding.acknowledge.label, message: finding.message }) : finding.message;
}

/**
 * The Smart Alerts dialog text: a title and one line per finding with the organisation's clause, in
 * `dialogOrder`, cut to Outlook's 500-character limit with a count of what did not fit. Plain
 * text for clients without Markdown support. Outlook's Markdown ends each list item with `\r` and
 * starts a new paragraph with `\n\n`; a single `\n` would run the title and the findings together.
 */
export function smartAlertText(findings: readonly Finding[], locale: Locale, ownClauses: Policy['clauses'] = {}): SmartAlertText {
  const text = TEXT[locale];
  // Only the organisation's own clauses are cited: the built-in principles are the pane's, and the 500 characters are the findings'.
  const clauseOf = (f: Finding) => (ownClauses[f.rule] ? f.clause : '');
  const title = formatMessage(findings.length === 1 ? text.titleOne : text.title, { count: findings.length });
  const more = (count: number) => formatMessage(text.more, { count });
  const ordered = dialogOrder(findings);
  return {
    errorMessageMarkdown: fitLines(
      `**${escapeMarkdown(title)}**\n\n`,
      ordered,
      (f, max) => markdownItem(`${escapeMarkdown(itemText(messageOf(f, locale), max))}${citation(escapeMarkdown(itemText(clauseOf(f), max)), locale, true)}`),
      (count) => markdownItem(escapeMarkdown(more(count))),
    ),
    errorMessage: fitLines(
      `${title}${LOCALE_CONVENTIONS[locale].titleColon}`,
      ordered,
      (f, max) => `\n• ${itemText(messageOf(f, locale), max)}${citation(itemText(clauseOf(f), max), locale, false)}`,
      (count) => `\n${more(count)}`,
    ),
    cancelLabel: text.open.slice(0, BUTTON_MAX_CHARS),
  };
}

/** The dialog text when the check itself failed and the policy says to fail closed. */
export function failureText(reason: string, locale: Locale): SmartAlertText {
  const message = formatMessage(TEXT[locale].failed, { reason }).slice(0, SMART_ALERT_MAX_CHARS);
  return { errorMessage: message, errorMessageMarkdown: escapeMarkdown(message), cancelLabel: TEXT[locale].open };
}

/** The clause after a finding, as an aside in the dialog's language (italic in Markdown). */
function citation(clause: string, locale: Locale, markdown: boolean): string {
  if (!clause) return '';
  const conventions = LOCALE_CONVENTIONS[locale];
  return formatMessage(markdown ? conventions.markdownAside : conventions.aside, { text: clause });
}

function markdownItem(content: string): string {
  return `- ${content}\r`;
}

/**
 * One line of the list: line breaks (which would end a Markdown item early) become spaces, and
 * the text is cut, by code point, to `max` characters.
 */
function itemText(text: string, max: number): string {
  const flat = text.replace(/[\r\n]+/gu, ' ');
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

type RenderItem = (finding: Finding, maxChars: number) => string;

/**
 * `head`, then the findings that fit in Outlook's limit, in order, then the `more` line counting
 * the ones left out. Items that must show are always there: when they do not fit at full length
 * they are all cut shorter, and other items give way around them.
 */
function fitLines(head: string, findings: readonly Finding[], render: RenderItem, more: (count: number) => string): string {
  const optionalCount = findings.filter((f) => !mustShow(f)).length;
  const moreLength = (count: number) => (count > 0 ? more(count).length : 0);
  const mustLength = (max: number) => findings.filter(mustShow).reduce((sum, f) => sum + render(f, max).length, 0);
  let mustMax = ITEM_MAX_CHARS;
  while (mustMax > MIN_ITEM_CHARS && head.length + mustLength(mustMax) + moreLength(optionalCount) > SMART_ALERT_MAX_CHARS) mustMax -= ITEM_CUT_STEP;

  let used = head.length + mustLength(mustMax);
  let skipped = 0;
  let optionalSeen = 0;
  const lines = findings.map((finding) => {
    if (mustShow(finding)) return render(finding, mustMax);
    optionalSeen++;
    const line = render(finding, ITEM_MAX_CHARS);
    const stillToCome = optionalCount - optionalSeen;
    if (used + line.length + moreLength(skipped + stillToCome) <= SMART_ALERT_MAX_CHARS) {
      used += line.length;
      return line;
    }
    skipped++;
    return '';
  });
  return (head + lines.join('') + (skipped > 0 ? more(skipped) : '')).slice(0, SMART_ALERT_MAX_CHARS);
}

/** Markdown control characters in a message are shown literally, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+\-.!|<>~])/gu, '\\$1');
}
