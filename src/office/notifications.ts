import { LOCALE_CONVENTIONS, type Finding, type Locale, type RuleId } from '../engine';
import type { ComposeItemLike } from './mailbox';
import { officeCall } from './office-call';
import { TIMING } from './timing';

/** Outlook truncates a notification bar at 150 characters. */
export const NOTIFICATION_MAX_CHARS = 150;
/** Outlook shows at most 5 bars per message; Preflight keeps to 4 so Outlook's own still fit. */
export const NOTIFICATION_CONCERNS: ReadonlyArray<{ readonly key: string; readonly rules: readonly RuleId[] }> = [
  { key: 'preflight-external', rules: ['lookalike-domain', 'external-recipients'] },
  { key: 'preflight-group', rules: ['reply-all-group', 'mass-mail'] },
  { key: 'preflight-size', rules: ['attachment-size'] },
  { key: 'preflight-type', rules: ['attachment-blocked-type'] },
];
/**
 * `info` findings stay in the task pane, with one exception: external recipients get a bar while
 * the message is written, since that is where a wrong address is caught before Send.
 */
export const INFO_BAR_RULES: readonly Finding['rule'][] = ['external-recipients'];
/** The manifest image shown beside informational bars. */
export const NOTIFICATION_ICON = 'Icon.16x16';

export interface NotificationPlan {
  readonly replace: ReadonlyArray<{ readonly key: string; readonly message: string }>;
  readonly remove: readonly string[];
}

/**
 * One bar per concern: the most important finding of that concern replaces the bar's text, and
 * a concern with nothing to say has its bar removed, so bars never stack up. `locale` is the
 * language the findings were written in.
 */
export function planNotifications(findings: readonly Finding[], locale: Locale = 'en-US'): NotificationPlan {
  const replace: Array<{ key: string; message: string }> = [];
  const remove: string[] = [];
  const prefix = `Preflight${LOCALE_CONVENTIONS[locale].labelColon}`;
  for (const concern of NOTIFICATION_CONCERNS) {
    const finding = concern.rules.map((rule) => findings.find((f) => f.rule === rule && showsAsBar(f))).find((f) => f !== undefined);
    if (finding) replace.push({ key: concern.key, message: truncate(`${prefix}${finding.message}`, NOTIFICATION_MAX_CHARS) });
    else remove.push(concern.key);
  }
  return { replace, remove };
}

function showsAsBar(finding: Finding): boolean {
  return finding.severity !== 'info' || INFO_BAR_RULES.includes(finding.rule);
}

/** Cuts to `max` UTF-16 units (Outlook's measure) with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Applies a plan with every call in parallel; a bar that is not there to remove is not an error. */
export async function applyNotifications(item: ComposeItemLike, plan: NotificationPlan): Promise<void> {
  const bars = item.notificationMessages;
  await Promise.all([
    ...plan.replace.map(({ key, message }) =>
      officeCall<void>(
        'notificationMessages.replaceAsync',
        (cb) => bars.replaceAsync(key, { type: 'informationalMessage', message, icon: NOTIFICATION_ICON, persistent: false }, cb),
        TIMING.notificationMs,
      ).catch(() => undefined),
    ),
    ...plan.remove.map((key) => officeCall<void>('notificationMessages.removeAsync', (cb) => bars.removeAsync(key, cb), TIMING.notificationMs).catch(() => undefined)),
  ]);
}
