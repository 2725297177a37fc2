import { evaluate, isLocale, resolveLocale, type Draft, type Locale, type Policy } from '../engine';
import type { OfficeContextLike } from './mailbox';
import { applyNotifications, planNotifications } from './notifications';
import { safely } from './safely';
import { recordLocale } from './session';

/** The roaming setting that keeps the task pane's language choice for the user's later messages. */
export const LOCALE_CHOICE_KEY = 'preflight.locale';

/**
 * The language Preflight speaks on every surface (task pane, bars, Send dialog): the one the
 * task pane was switched to (for this message, else kept for the user), then Office's display
 * language, then the policy's `locale`, then zh-CN. The user's own choices come before the
 * organisation's default, which only fills in when Office gives no language.
 */
export function userLocale(context: OfficeContextLike, policy: Pick<Policy, 'locale'> | null, messageChoice: Locale | null = null): Locale {
  return messageChoice ?? savedLocaleChoice(context) ?? displayLocale(context, policy?.locale ?? undefined);
}

/**
 * Office's display language as one of ours (zh-TW, zh-HK, zh-MO and zh-Hant → zh-TW, other
 * Chinese → zh-CN, anything else → en-US); none, or one that is not a string, gives `fallback`.
 */
export function displayLocale(context: OfficeContextLike, fallback?: Locale): Locale {
  const tag: unknown = safely(() => context.displayLanguage);
  return resolveLocale(typeof tag === 'string' ? tag : undefined, fallback);
}

/** The task pane's choice kept in roaming settings, which classic Outlook's JavaScript-only runtime can read too. */
export function savedLocaleChoice(context: OfficeContextLike): Locale | null {
  const value = safely(() => context.roamingSettings?.get(LOCALE_CHOICE_KEY));
  return isLocale(value) ? value : null;
}

/**
 * The task pane was switched to `locale`: it is kept for this message (sessionData, which its
 * Send reads) and for the user's later messages (roaming settings), and the bars already shown
 * are rewritten in it from the pane's own check, without waiting for the next change event.
 */
export async function switchLocale(context: OfficeContextLike, locale: Locale, checked: { draft: Draft; policy: Policy } | null): Promise<void> {
  safely(() => {
    context.roamingSettings?.set(LOCALE_CHOICE_KEY, locale);
    context.roamingSettings?.saveAsync();
  });
  const item = safely(() => context.mailbox.item);
  if (!item) return;
  const bars = checked ? applyNotifications(item, planNotifications(evaluate(checked.draft, checked.policy, { locale }).findings, locale)) : Promise.resolve();
  await Promise.all([recordLocale(item, locale).catch(() => undefined), bars]);
}
