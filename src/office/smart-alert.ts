import { formatMessage, type Finding, type Locale } from '../engine';

/** Outlook rejects a Smart Alerts message over 500 characters. */
export const SMART_ALERT_MAX_CHARS = 500;
/** One finding's message is cut to this many characters, so a long one cannot crowd out the rest. */
export const ITEM_MAX_CHARS = 160;
/** Custom button text must be 20 characters or less. */
export const BUTTON_MAX_CHARS = 20;
/** The ribbon button (manifest `Control id`) whose task pane the dialog's button opens. */
export const TASKPANE_COMMAND_ID = 'PreflightOpenPaneButton';

const TEXT = {
  'zh-CN': { title: 'Preflight 发现 {{count}} 个问题', titleOne: 'Preflight 发现 1 个问题', more: '……还有 {{count}} 项，请在 Preflight 窗格中查看。', open: '查看并修正', failed: '未能完成发送前检查：{{reason}}。请稍后重试或联系 IT。' },
  'zh-TW': { title: 'Preflight 發現 {{count}} 個問題', titleOne: 'Preflight 發現 1 個問題', more: '……還有 {{count}} 項，請在 Preflight 窗格中查看。', open: '查看並修正', failed: '未能完成傳送前檢查：{{reason}}。請稍後再試或聯絡 IT 人員。' },
  'en-US': { title: 'Preflight found {{count}} issues', titleOne: 'Preflight found 1 issue', more: '…and {{count}} more in the Preflight pane.', open: 'Review and fix', failed: 'The pre-send check could not finish: {{reason}}. Try again later or contact IT.' },
} as const;

export interface SmartAlertText {
  readonly errorMessage: string;
  readonly errorMessageMarkdown: string;
  readonly cancelLabel: string;
}

/**
 * The Smart Alerts dialog text: a title and one line per finding with its clause, worst first,
 * cut to Outlook's 500-character limit with a count of what did not fit. Plain text for clients
 * without Markdown support. Outlook's Markdown ends each list item with `\r` and starts a new
 * paragraph with `\n\n`; a single `\n` would run the title and the findings together.
 */
export function smartAlertText(findings: readonly Finding[], locale: Locale): SmartAlertText {
  const text = TEXT[locale];
  const title = formatMessage(findings.length === 1 ? text.titleOne : text.title, { count: findings.length });
  const more = (count: number) => formatMessage(text.more, { count });
  return {
    errorMessageMarkdown: fitLines(
      `**${escapeMarkdown(title)}**\n\n`,
      findings.map((f) => markdownItem(`${escapeMarkdown(itemText(f.message))} _(${escapeMarkdown(itemText(f.clause))})_`)),
      (count) => markdownItem(escapeMarkdown(more(count))),
    ),
    errorMessage: fitLines(
      `${title}${locale === 'en-US' ? ':' : '：'}`,
      findings.map((f) => `\n• ${itemText(f.message)} (${itemText(f.clause)})`),
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

function markdownItem(content: string): string {
  return `- ${content}\r`;
}

/**
 * One line of the list: line breaks (which would end a Markdown item early) become spaces, and
 * the text is cut, by code point, to ITEM_MAX_CHARS.
 */
function itemText(text: string): string {
  const flat = text.replace(/[\r\n]+/gu, ' ');
  const chars = Array.from(flat);
  return chars.length > ITEM_MAX_CHARS ? `${chars.slice(0, ITEM_MAX_CHARS - 1).join('')}…` : flat;
}

/**
 * `head`, then every item that fits in Outlook's limit in order (one that does not is skipped,
 * not the end of the list), then the `more` line counting the skipped ones.
 */
function fitLines(head: string, items: readonly string[], more: (count: number) => string): string {
  let text = head;
  let skipped = 0;
  items.forEach((item, index) => {
    const notYetShown = skipped + items.length - index - 1;
    const candidate = text + item;
    if ((candidate + (notYetShown > 0 ? more(notYetShown) : '')).length <= SMART_ALERT_MAX_CHARS) text = candidate;
    else skipped++;
  });
  return (skipped > 0 ? text + more(skipped) : text).slice(0, SMART_ALERT_MAX_CHARS);
}

/** Markdown control characters in a message are shown literally, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+\-.!|<>~])/gu, '\\$1');
}
