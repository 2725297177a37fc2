import type { OfficeCallback } from './office-call';

/** `Office.EmailAddressDetails` as the adapter reads and writes it. */
export interface EmailAddressDetailsLike {
  readonly emailAddress: string;
  readonly displayName?: string;
  /** `user`, `distributionList`, `externalUser`, `other` (`Office.MailboxEnums.RecipientType`). */
  readonly recipientType?: string;
}

export interface AttachmentDetailsLike {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly isInline: boolean;
  readonly attachmentType?: string;
}

export interface RecipientsLike {
  getAsync(callback: OfficeCallback<EmailAddressDetailsLike[]>): void;
  setAsync(recipients: ReadonlyArray<EmailAddressDetailsLike | string>, callback: OfficeCallback<void>): void;
  addAsync(recipients: ReadonlyArray<EmailAddressDetailsLike | string>, callback: OfficeCallback<void>): void;
}

export interface NotificationDetailsLike {
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

/**
 * The part of `Office.MessageCompose` Preflight uses. Members added after Mailbox 1.1 are
 * optional: an older client simply lacks them, and the adapter degrades the rules that need them.
 */
export interface ComposeItemLike {
  readonly subject: {
    getAsync(callback: OfficeCallback<string>): void;
    setAsync(subject: string, callback: OfficeCallback<void>): void;
  };
  readonly body: {
    getAsync(coercionType: string, callback: OfficeCallback<string>): void;
    setAsync(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
    setSelectedDataAsync(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
    prependAsync(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
    getTypeAsync?(callback: OfficeCallback<string>): void;
  };
  readonly to: RecipientsLike;
  readonly cc: RecipientsLike;
  readonly bcc: RecipientsLike;
  readonly from?: { getAsync(callback: OfficeCallback<EmailAddressDetailsLike>): void };
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentDetailsLike[]>): void;
  getComposeTypeAsync?(callback: OfficeCallback<{ composeType: string; coercionType?: string }>): void;
  readonly sensitivityLabel?: {
    getAsync(callback: OfficeCallback<string>): void;
    setAsync(label: string, callback: OfficeCallback<void>): void;
  };
  readonly sessionData?: {
    /** Every key and its value, as one object. */
    getAllAsync(callback: OfficeCallback<Record<string, string>>): void;
    setAsync(name: string, value: string, callback: OfficeCallback<void>): void;
  };
  /** Delayed delivery (Mailbox 1.13): `0` when none is set. */
  readonly delayDeliveryTime?: {
    getAsync(callback: OfficeCallback<Date | 0>): void;
    setAsync(datetime: Date, callback: OfficeCallback<void>): void;
  };
  readonly internetHeaders?: {
    setAsync(headers: Record<string, string>, callback: OfficeCallback<void>): void;
    removeAsync?(names: string[], callback: OfficeCallback<void>): void;
  };
  readonly notificationMessages: {
    replaceAsync(key: string, details: NotificationDetailsLike, callback: OfficeCallback<void>): void;
    removeAsync(key: string, callback: OfficeCallback<void>): void;
  };
  readonly conversationId?: string | null;
  /** Item events (`olkRecipientsChanged`, Mailbox 1.7; `olkAttachmentsChanged`, 1.8): the task pane re-checks on them. */
  addHandlerAsync?(eventType: string, handler: () => void, callback?: OfficeCallback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: OfficeCallback<void>): void;
}

/** The sensitivity labels catalog (Mailbox 1.13), used to turn a label name into its id. */
export interface SensitivityLabelsCatalogLike {
  getAsync(callback: OfficeCallback<Array<{ id: string; name: string; children?: Array<{ id: string; name: string }> }>>): void;
}

/** What Preflight needs from `Office.context`. */
export interface OfficeContextLike {
  readonly displayLanguage?: string;
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly mailbox: {
    readonly item: ComposeItemLike | null | undefined;
    /** The signed-in user (Mailbox 1.1): the sender when `item.from` is missing on older clients. */
    readonly userProfile?: { readonly emailAddress?: string; readonly displayName?: string };
  };
  readonly roamingSettings?: {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    saveAsync(callback?: OfficeCallback<void>): void;
  };
  readonly sensitivityLabelsCatalog?: SensitivityLabelsCatalogLike;
}

/**
 * Office.context as the adapter sees it. Office.js declares more than the adapter reads, in its
 * own types (Office.AsyncResult, a read-mode item in the union), so the context is taken as what
 * it structurally is: an object with a mailbox, every answer from it checked where it is read.
 */
export function isOfficeContext(context: unknown): context is OfficeContextLike {
  return typeof context === 'object' && context !== null && 'mailbox' in context;
}

/** Whether the client supports Mailbox `version` (e.g. `1.14`); unknown means no. */
export function supportsMailbox(context: OfficeContextLike, version: string): boolean {
  try {
    return context.requirements?.isSetSupported('Mailbox', version) ?? false;
  } catch {
    return false;
  }
}
