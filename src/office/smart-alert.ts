import { formatMessage, type Finding, type Locale } from '../engine';

/** Outlook rejects a Smart Alerts message over 500 characters. */
export const SMART_ALERT_MAX_CHARS = 500;
/** Custom button text must be 20 characters or less. */
export const BUTTON_MAX_CHARS = 20;
/** The ribbon button (manifest `Control id`) whose task pane the dialog's button opens. */
export const TASKPANE_COMMAND_ID = 'PreflightOpenPaneButton';

const TEXT = {
  'zh-CN': { title: 'Preflight 发现 {{count}} 个问题', more: '……还有 {{count}} 项，请在 Preflight 窗格中查看。', open: '查看并修正', failed: '未能完成发送前检查：{{reason}}。请稍后重试或联系 IT。' },
  'zh-TW': { title: 'Preflight 發現 {{count}} 個問題', more: '……還有 {{count}} 項，請在 Preflight 窗格中查看。', open: '查看並修正', failed: '未能完成寄送前檢查：{{reason}}。請稍後重試或聯絡 IT。' },
  'en-US': { title: 'Preflight found {{count}} issue(s)', more: '…and {{count}} more; see the Preflight pane.', open: 'Review and fix', failed: 'The pre-send check could not finish: {{reason}}. Try again later or contact IT.' },
} as const;


export interface SmartAlertText {
  readonly errorMessage: string;
  readonly errorMessageMarkdown: string;
  readonly cancelLabel: string;
}

/**
 * The Smart Alerts dialog text: a title and one line per finding with its clause, worst first,
 * cut to Outlook's 500-character limit with a count of what did not fit. Plain text for clients
 * without Markdown support.
 */
export function smartAlertText(findings: readonly Finding[], locale: Locale): SmartAlertText {
  const text = TEXT[locale];
  const title = formatMessage(text.title, { count: findings.length });
  const lines = findings.map((f) => ({ markdown: `- ${escapeMarkdown(f.message)} _(${escapeMarkdown(f.clause)})_`, plain: `• ${f.message} (${f.clause})` }));
  return {
    errorMessageMarkdown: fitLines(`**${escapeMarkdown(title)}**`, lines.map((l) => l.markdown), text.more),
    errorMessage: fitLines(`${title}:`, lines.map((l) => l.plain), text.more),
    cancelLabel: text.open.slice(0, BUTTON_MAX_CHARS),
  };
}

/** The dialog text when the check itself failed and the policy says to fail closed. */
export function failureText(reason: string, locale: Locale): SmartAlertText {
  const message = formatMessage(TEXT[locale].failed, { reason }).slice(0, SMART_ALERT_MAX_CHARS);
  return { errorMessage: message, errorMessageMarkdown: escapeMarkdown(message), cancelLabel: TEXT[locale].open };
}

function fitLines(title: string, lines: readonly string[], moreTemplate: string): string {
  let text = title;
  for (let i = 0; i < lines.length; i++) {
    const remaining = lines.length - i - 1;
    const more = remaining > 0 ? `\n${formatMessage(moreTemplate, { count: remaining })}` : '';
    const candidate = `${text}\n${lines[i]}`;
    if ((candidate + more).length > SMART_ALERT_MAX_CHARS) {
      const tail = `\n${formatMessage(moreTemplate, { count: lines.length - i })}`;
      return `${text}${tail}`.slice(0, SMART_ALERT_MAX_CHARS);
    }
    text = candidate;
  }
  return text;
}

/** Markdown control characters in a message are shown literally, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+\-.!|<>~])/gu, '\\$1');
}
