import type { SendCompletion } from '../office/send-decision';
import { versionAtLeast } from './simulated-mailbox';

/**
 * The Mailbox requirement set each part of Preflight needs in Outlook, from Microsoft's
 * documentation. `events`: the manifest's VersionOverrides (ribbon button, LaunchEvents with
 * OnMessageSend) require Mailbox 1.12, so an older client ignores all of it and loads only the
 * base manifest's task pane (Mailbox 1.1). `sendAnyway`: `sendModeOverride` and the dialog's
 * own button (`cancelLabel`, `commandId`) are 1.14; below, the manifest's SendMode (SoftBlock)
 * leaves "Don't Send" alone. `markdown`: `errorMessageMarkdown` is 1.15; below, the dialog shows
 * `errorMessage`. `officeTheme`: Outlook gives add-ins the theme from 1.14.
 */
export const FEATURE_VERSIONS = {
  composeType: '1.10',
  events: '1.12',
  sensitivityLabels: '1.13',
  sendAnyway: '1.14',
  officeTheme: '1.14',
  markdown: '1.15',
} as const;

export type Feature = keyof typeof FEATURE_VERSIONS;

export function hasFeature(mailboxVersion: string, feature: Feature): boolean {
  return versionAtLeast(mailboxVersion, FEATURE_VERSIONS[feature]);
}

/** Parts of the Smart Alerts dialog: moot on a client that never shows it. */
const DIALOG_FEATURES: readonly Feature[] = ['sendAnyway', 'markdown'];

/** What a client with `mailboxVersion` cannot do of what Preflight uses, oldest requirement first. */
export function missingFeatures(mailboxVersion: string): Feature[] {
  const missing = (Object.keys(FEATURE_VERSIONS) as Feature[]).filter((feature) => !hasFeature(mailboxVersion, feature));
  return missing.includes('events') ? missing.filter((feature) => !DIALOG_FEATURES.includes(feature)) : missing;
}

/** The Smart Alerts dialog as a client shows the handler's answer. */
export interface SmartAlertView {
  /** Shown as Markdown when set; otherwise `text`, as plain text. */
  readonly markdown: string | null;
  readonly text: string;
  readonly sendAnyway: boolean;
  /** The button that opens the add-in's task pane, when the client has it. */
  readonly actionLabel: string | null;
}

export function smartAlertView(completion: SendCompletion, mailboxVersion: string): SmartAlertView {
  const current = hasFeature(mailboxVersion, 'sendAnyway');
  return {
    markdown: hasFeature(mailboxVersion, 'markdown') && completion.errorMessageMarkdown ? completion.errorMessageMarkdown : null,
    text: completion.errorMessage ?? '',
    sendAnyway: current && completion.sendModeOverride === 'promptUser',
    actionLabel: current && completion.cancelLabel && completion.commandId ? completion.cancelLabel : null,
  };
}
