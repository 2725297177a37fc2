import { isLocale, type Locale } from '../engine';
import { savedLocaleChoice } from '../office/locale';
import type { CheckEnvironment } from '../office/run-check';
import { safely } from '../office/safely';

/**
 * Everything the task pane needs from Outlook, behind one interface so that the real Office.js,
 * the playground's simulated mailbox and component tests can all host it.
 */
export interface PaneHost extends CheckEnvironment {
  /** Subscribes to recipient and attachment changes; returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Office's theme background (`Office.context.officeTheme.bodyBackgroundColor`), when known. */
  readonly themeBackground?: string | undefined;
  /** Where the user's language choice is remembered (localStorage in a browser). */
  readonly preferences?: { get(key: string): string | null; set(key: string, value: string): void } | undefined;
}

export const LOCALE_PREFERENCE = 'preflight.locale';

/** The language picked in the pane: on this device, else the one kept for the user in roaming settings. */
export function savedLocale(host: PaneHost): Locale | null {
  const value = safely(() => host.preferences?.get(LOCALE_PREFERENCE) ?? null);
  return isLocale(value) ? value : savedLocaleChoice(host.context);
}
