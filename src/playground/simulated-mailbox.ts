import type { AttachmentDetailsLike, ComposeItemLike, EmailAddressDetailsLike, NotificationDetailsLike, OfficeContextLike } from '../office/mailbox';
import type { AsyncResultLike, OfficeCallback } from '../office/office-call';
import { blankContent } from './blank-attachment';

/**
 * A stand-in for Outlook's compose item that behaves like Office.js: every call answers
 * asynchronously through a callback with `{status, value, error}`, after a configurable latency;
 * APIs newer than the simulated client's Mailbox version are absent; recipient and attachment
 * changes raise events. The playground drives it from its form; tests drive it directly.
 */
export interface SimulatedMessage {
  subject: string;
  /** Plain text; the body type is text unless `bodyHtml` is set. */
  body: string;
  bodyHtml: string | null;
  from: EmailAddressDetailsLike;
  to: EmailAddressDetailsLike[];
  cc: EmailAddressDetailsLike[];
  bcc: EmailAddressDetailsLike[];
  attachments: SimulatedAttachment[];
  composeType: 'newMail' | 'reply' | 'forward';
  sensitivityLabel: string;
  conversationId: string | null;
  /** Where the cursor is in `body`, for inserts at the cursor. */
  cursor: number;
  /** The delayed delivery time set on the draft (Mailbox 1.13), in ms since the epoch; 0: none. */
  delayDeliveryTime: number;
}

/**
 * An attachment with what `getAttachmentContentAsync` gives for it: the file's bytes in base64
 * (a file the user attached in the playground). Without `content`, it answers with a blank file of
 * the attachment's kind (blank-attachment.ts), as the examples name files they do not carry.
 */
export interface SimulatedAttachment extends AttachmentDetailsLike {
  content?: string;
}

export type CallBehaviour = 'succeed' | 'fail' | 'hang';

export interface SimulatorOptions {
  /** Per-call latency: about 5 ms on the web, 50 ms or more on desktop. */
  latencyMs?: number;
  /** The Mailbox requirement set the simulated client supports, e.g. `1.15` or `1.12`. */
  mailboxVersion?: string;
  displayLanguage?: string;
  /** Make chosen calls fail or never answer, by name (`body.getAsync`, `internetHeaders.setAsync` …). */
  behaviour?: Record<string, CallBehaviour>;
  /** What the compose type call reports at send time when it differs from the truth (some clients say newMail for replies). */
  composeTypeOverride?: 'newMail' | 'reply' | 'forward';
  sensitivityLabels?: Array<{ id: string; name: string }>;
}

/** `itemWritten` follows every successful write (subject, body, recipients, label, headers, bars…): the playground re-renders on it. */
export type SimulatedEvent = 'recipientsChanged' | 'attachmentsChanged' | 'itemWritten';

export function emptyMessage(): SimulatedMessage {
  return {
    subject: '',
    body: '',
    bodyHtml: null,
    from: { emailAddress: 'zhang.san@contoso.com', displayName: '张三', recipientType: 'user' },
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    composeType: 'newMail',
    sensitivityLabel: '',
    conversationId: null,
    cursor: 0,
    delayDeliveryTime: 0,
  };
}

/** Compares dotted requirement-set versions: `1.14` ≥ `1.9`. */
export function versionAtLeast(have: string, want: string): boolean {
  const [haveMajor = 0, haveMinor = 0] = have.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = want.split('.').map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
}

export class SimulatedMailbox {
  readonly message: SimulatedMessage;
  readonly headers: Record<string, string> = {};
  readonly notifications = new Map<string, NotificationDetailsLike>();
  readonly sessionData = new Map<string, string>();
  readonly roaming = new Map<string, unknown>();
  /** Every Office.js call made, in order: for tests and the playground's call log. */
  readonly calls: string[] = [];
  private readonly listeners = new Map<SimulatedEvent, Array<() => void>>();
  readonly options: Required<Omit<SimulatorOptions, 'composeTypeOverride'>> & Pick<SimulatorOptions, 'composeTypeOverride'>;

  constructor(message: Partial<SimulatedMessage> = {}, options: SimulatorOptions = {}) {
    this.message = { ...emptyMessage(), ...message };
    this.options = {
      latencyMs: options.latencyMs ?? 5,
      mailboxVersion: options.mailboxVersion ?? '1.15',
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      behaviour: options.behaviour ?? {},
      composeTypeOverride: options.composeTypeOverride,
      sensitivityLabels: options.sensitivityLabels ?? [
        { id: 'label-general', name: 'General' },
        { id: 'label-confidential', name: 'Confidential' },
      ],
    };
  }

  supports(version: string): boolean {
    return versionAtLeast(this.options.mailboxVersion, version);
  }

  on(event: SimulatedEvent, listener: () => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  off(event: SimulatedEvent, listener: () => void): void {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((registered) => registered !== listener));
  }

  /** Called by the playground form after the user edits recipients or attachments. */
  emit(event: SimulatedEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  /** Answers like Office.js: later, through the callback, unless told to fail or hang. */
  private answer<T>(call: string, callback: OfficeCallback<T> | undefined, produce: () => T): void {
    this.calls.push(call);
    const behaviour = this.options.behaviour[call] ?? 'succeed';
    if (behaviour === 'hang' || !callback) return;
    setTimeout(() => {
      let result: AsyncResultLike<T>;
      if (behaviour === 'fail') {
        result = { status: 'failed', value: undefined as T, error: { name: 'GenericResponseError', message: `${call} failed (simulated)`, code: 9020 } };
      } else {
        try {
          result = { status: 'succeeded', value: produce() };
        } catch (error) {
          result = { status: 'failed', value: undefined as T, error: { name: 'InvalidRequest', message: (error as Error).message } };
        }
      }
      callback(result);
      if (result.status === 'succeeded' && isWrite(call)) this.emit('itemWritten');
    }, this.options.latencyMs);
  }

  private recipients(field: 'to' | 'cc' | 'bcc') {
    const normalize = (list: ReadonlyArray<EmailAddressDetailsLike | string>): EmailAddressDetailsLike[] =>
      list.map((entry) => (typeof entry === 'string' ? { emailAddress: entry, displayName: entry, recipientType: 'other' } : { ...entry }));
    return {
      getAsync: (callback: OfficeCallback<EmailAddressDetailsLike[]>) => this.answer(`${field}.getAsync`, callback, () => this.message[field].map((r) => ({ ...r }))),
      setAsync: (list: ReadonlyArray<EmailAddressDetailsLike | string>, callback: OfficeCallback<void>) =>
        this.answer(`${field}.setAsync`, callback, () => {
          this.message[field] = normalize(list);
          this.emit('recipientsChanged');
        }),
      addAsync: (list: ReadonlyArray<EmailAddressDetailsLike | string>, callback: OfficeCallback<void>) =>
        this.answer(`${field}.addAsync`, callback, () => {
          this.message[field] = [...this.message[field], ...normalize(list)];
          this.emit('recipientsChanged');
        }),
    };
  }

  /** The item as Office.js would expose it on this client version. */
  get item(): ComposeItemLike {
    const message = this.message;
    const item: ComposeItemLike = {
      subject: {
        getAsync: (callback) => this.answer('subject.getAsync', callback, () => message.subject),
        setAsync: (subject, callback) => this.answer('subject.setAsync', callback, () => void (message.subject = subject)),
      },
      body: {
        getAsync: (coercion, callback) => this.answer('body.getAsync', callback, () => (coercion === 'html' ? message.bodyHtml ?? escapeHtml(message.body) : message.body)),
        setAsync: (data, options, callback) => this.answer('body.setAsync', callback, () => this.setBody(data, options.coercionType)),
        setSelectedDataAsync: (data, options, callback) => this.answer('body.setSelectedDataAsync', callback, () => this.insertAt(message.cursor, data, options.coercionType)),
        prependAsync: (data, options, callback) => this.answer('body.prependAsync', callback, () => this.insertAt(0, data, options.coercionType)),
        ...(this.supports('1.3') ? { getTypeAsync: (callback: OfficeCallback<string>) => this.answer('body.getTypeAsync', callback, () => (message.bodyHtml === null ? 'text' : 'html')) } : {}),
      },
      to: this.recipients('to'),
      cc: this.recipients('cc'),
      bcc: this.recipients('bcc'),
      notificationMessages: {
        replaceAsync: (key, details, callback) =>
          this.answer('notificationMessages.replaceAsync', callback, () => {
            if (!this.notifications.has(key) && this.notifications.size >= 5) throw new Error('NumberOfNotificationMessagesExceeded');
            if (details.message.length > 150) throw new Error('DataExceedsMaximumSize');
            this.notifications.set(key, { ...details });
          }),
        removeAsync: (key, callback) =>
          this.answer('notificationMessages.removeAsync', callback, () => {
            if (!this.notifications.delete(key)) throw new Error('KeyNotFound');
          }),
      },
      conversationId: message.conversationId,
    };
    return Object.assign(item, this.newerApis());
  }

  private newerApis(): Partial<ComposeItemLike> {
    const message = this.message;
    const apis: { -readonly [K in keyof ComposeItemLike]?: ComposeItemLike[K] } = {};
    if (this.supports('1.7')) apis.from = { getAsync: (callback) => this.answer('from.getAsync', callback, () => ({ ...message.from })) };
    if (this.supports('1.8')) {
      apis.getAttachmentsAsync = (callback) => this.answer('getAttachmentsAsync', callback, () => message.attachments.map(({ content: _content, ...a }) => ({ ...a })));
      Object.assign(apis, {
        getAttachmentContentAsync: (id: string, callback: OfficeCallback<{ format: string; content: string }>) =>
          this.answer('getAttachmentContentAsync', callback, () => {
            const attachment = message.attachments.find((a) => a.id === id);
            if (!attachment) throw new Error('InvalidAttachmentId');
            if (attachment.attachmentType === 'cloud') return { format: 'url', content: `https://contoso-my.sharepoint.com/${encodeURIComponent(attachment.name)}` };
            const content = attachment.content ?? blankContent(attachment.name);
            if (content === null) throw new Error('AttachmentContentUnavailable');
            return { format: 'base64', content };
          }),
      });
      apis.internetHeaders = {
        setAsync: (headers, callback) => this.answer('internetHeaders.setAsync', callback, () => void Object.assign(this.headers, headers)),
        removeAsync: (names, callback) => this.answer('internetHeaders.removeAsync', callback, () => names.forEach((name) => delete this.headers[name])),
      };
    }
    if (this.supports('1.10')) {
      apis.getComposeTypeAsync = (callback) => this.answer('getComposeTypeAsync', callback, () => ({ composeType: this.options.composeTypeOverride ?? message.composeType, coercionType: 'text' }));
    }
    if (this.supports('1.11')) {
      apis.sessionData = {
        getAllAsync: (callback) => this.answer('sessionData.getAllAsync', callback, () => Object.fromEntries(this.sessionData)),
        setAsync: (name, value, callback) => this.answer('sessionData.setAsync', callback, () => void this.sessionData.set(name, value)),
      };
    }
    if (this.supports('1.13')) {
      apis.delayDeliveryTime = {
        getAsync: (callback) => this.answer('delayDeliveryTime.getAsync', callback, () => (message.delayDeliveryTime ? new Date(message.delayDeliveryTime) : 0)),
        setAsync: (datetime, callback) =>
          this.answer('delayDeliveryTime.setAsync', callback, () => {
            // Not `instanceof`: the add-in's Date comes from its own frame's realm.
            if (Object.prototype.toString.call(datetime) !== '[object Date]' || Number.isNaN(+datetime)) throw new Error('InvalidFormatError');
            message.delayDeliveryTime = +datetime;
          }),
      };
      apis.sensitivityLabel = {
        getAsync: (callback) => this.answer('sensitivityLabel.getAsync', callback, () => message.sensitivityLabel),
        setAsync: (label, callback) => this.answer('sensitivityLabel.setAsync', callback, () => void (message.sensitivityLabel = label)),
      };
    }
    return apis;
  }

  private setBody(data: string, coercion: string): void {
    if (coercion === 'html') {
      this.message.bodyHtml = data;
      this.message.body = htmlToText(data);
    } else {
      this.message.body = data;
      this.message.bodyHtml = null;
    }
  }

  private insertAt(position: number, data: string, coercion: string): void {
    const text = coercion === 'html' ? htmlToText(data) : data;
    const at = Math.max(0, Math.min(position, this.message.body.length));
    this.message.body = `${this.message.body.slice(0, at)}${text}${this.message.body.slice(at)}`;
    if (this.message.bodyHtml !== null) this.message.bodyHtml = escapeHtml(this.message.body);
    this.message.cursor = at + text.length;
  }

  /** `Office.context` for this simulated client. */
  get context(): OfficeContextLike {
    return {
      displayLanguage: this.options.displayLanguage,
      requirements: { isSetSupported: (name, version) => name === 'Mailbox' && this.supports(version ?? '1.1') },
      mailbox: { item: this.item, userProfile: { emailAddress: this.message.from.emailAddress, displayName: this.message.from.displayName ?? '' } },
      roamingSettings: {
        get: (name) => this.roaming.get(name),
        set: (name, value) => void this.roaming.set(name, value),
        saveAsync: (callback) => this.answer('roamingSettings.saveAsync', callback, () => undefined),
      },
      ...(this.supports('1.13')
        ? { sensitivityLabelsCatalog: { getAsync: (callback: OfficeCallback<Array<{ id: string; name: string }>>) => this.answer('sensitivityLabelsCatalog.getAsync', callback, () => this.options.sensitivityLabels) } }
        : {}),
    };
  }
}

/** Reads are `getAsync`/`get…Async` calls; everything else changes the item or its surroundings. */
function isWrite(call: string): boolean {
  return !/(?:^|\.)get\w*Async$/u.test(call);
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\n/gu, '<br>');
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}
