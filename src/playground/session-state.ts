import type { InputError, Locale } from '../engine';
import type { AttachmentDetailsLike, EmailAddressDetailsLike } from '../office/mailbox';
import type { SendCompletion } from '../office/send-decision';
import type { OfficeThemeName } from './bridge';
import type { SmartAlertView } from './client-capabilities';

/** What the playground session holds besides the message: the simulated client, the policy served, and where Send stands. */

/** Mailbox requirement sets of real clients: 1.15 new Outlook and the web, 1.13/1.12 older Windows builds, 1.8 Outlook 2019. */
export const MAILBOX_VERSIONS = ['1.15', '1.14', '1.13', '1.12', '1.10', '1.8'] as const;
/** Typical time an Office.js call takes to answer: the web client is fast, desktop clients cross a process boundary. */
export const LATENCY_MS = { web: 5, desktop: 50 } as const;

export interface PlaygroundSettings {
  readonly mailboxVersion: string;
  readonly latencyMs: number;
  readonly displayLanguage: Locale;
  readonly theme: OfficeThemeName;
}

export interface SentMessage {
  readonly subject: string;
  readonly from: EmailAddressDetailsLike;
  readonly to: readonly EmailAddressDetailsLike[];
  readonly cc: readonly EmailAddressDetailsLike[];
  readonly bcc: readonly EmailAddressDetailsLike[];
  readonly body: string;
  readonly attachments: readonly AttachmentDetailsLike[];
  readonly headers: Readonly<Record<string, string>>;
  /** When delayed delivery (Mailbox 1.13) holds it back: the time set, in ms since the epoch. */
  readonly deliverAt?: number;
}

export type SendState =
  | { readonly kind: 'composing' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'alert'; readonly completion: SendCompletion; readonly dialog: SmartAlertView }
  | { readonly kind: 'sent'; readonly message: SentMessage }
  | { readonly kind: 'failed'; readonly reason: string };

/** The policy the playground serves as the add-in's `policy.json`. */
export type PolicyChoice =
  | { readonly kind: 'server' }
  | { readonly kind: 'custom'; readonly name: string; readonly text: string; readonly errors: readonly InputError[]; readonly fromExample?: true }
  | { readonly kind: 'unreadable'; readonly name: string; readonly reason: string };
