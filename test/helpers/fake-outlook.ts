import type { VirtualClock } from './virtual-clock';

/**
 * The fake Office of the fault-injection runs at Send (test/helpers/send-faults.ts): a compose
 * item on Mailbox 1.15 that answers like Office.js, except for the one fault injected.
 */

/** Every callback-style Office.js call the Send handler makes (the matrix test holds this list to the calls a clean Send really makes). */
export const SEND_CALLS = [
  'subject.getAsync',
  'body.getAsync',
  'to.getAsync',
  'cc.getAsync',
  'bcc.getAsync',
  'from.getAsync',
  'getAttachmentsAsync',
  'getComposeTypeAsync',
  'sensitivityLabel.getAsync',
  'sensitivityLabelsCatalog.getAsync',
  'sessionData.getAllAsync',
  'internetHeaders.setAsync',
  'roamingSettings.saveAsync',
] as const;
export type SendCall = (typeof SEND_CALLS)[number];

/** Synchronous host members the Send handler touches. */
export const HOST_MEMBERS = ['roamingSettings.get', 'roamingSettings.set', 'requirements.isSetSupported', 'displayLanguage', 'userProfile'] as const;
export type HostMember = (typeof HOST_MEMBERS)[number];

export const CALL_FAULTS = ['throws', 'never', 'twice', 'sync', 'null', 'undefined', 'no-status', 'wrong-type', 'weird-status', 'fails'] as const;
export type CallFault = (typeof CALL_FAULTS)[number];
export const HOST_FAULTS = ['throws', 'wrong-type'] as const;
export type HostFault = (typeof HOST_FAULTS)[number];

export const POLICY_FAULTS = ['404', '500', 'invalid-json', 'invalid-policy', 'huge', 'nested', 'slow-under', 'slow-past', 'never', 'reset', 'body-reset'] as const;
export type PolicyFault = (typeof POLICY_FAULTS)[number];
/** What roaming settings hold as the last good policy when Send starts. */
export const CACHE_STATES = ['none', 'valid', 'nested', 'garbage'] as const;
export type CacheState = (typeof CACHE_STATES)[number];

export type Fault =
  | { readonly on: 'call'; readonly call: SendCall; readonly kind: CallFault }
  | { readonly on: 'host'; readonly member: HostMember; readonly kind: HostFault }
  | { readonly on: 'policy'; readonly kind: PolicyFault };

/** How long every Office.js call takes when it behaves. */
export const OFFICE_LATENCY_MS = 5;

export interface Recipient {
  readonly emailAddress: string;
  readonly displayName: string;
  readonly recipientType: string;
}

export interface FakeMessage {
  readonly subject: string;
  readonly body: string;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly bcc: readonly Recipient[];
  readonly attachments: ReadonlyArray<{ id: string; name: string; size: number; isInline: boolean }>;
}

/** A value of the wrong type for each call: what a broken host might hand back as `value`. */
const WRONG_TYPE: Record<SendCall, unknown> = {
  'subject.getAsync': 42,
  'body.getAsync': { text: 'not a string' },
  'to.getAsync': 'li.si@contoso.com',
  'cc.getAsync': 'li.si@contoso.com',
  'bcc.getAsync': 7,
  'from.getAsync': 'zhang.san@contoso.com',
  'getAttachmentsAsync': { length: 2 },
  'getComposeTypeAsync': 'reply',
  'sensitivityLabel.getAsync': { id: 'label-general' },
  'sensitivityLabelsCatalog.getAsync': 'General',
  'sessionData.getAllAsync': '[]',
  'internetHeaders.setAsync': 42,
  'roamingSettings.saveAsync': 42,
};

export interface FakeOutlook {
  /** Stands in for `Office.context`. */
  readonly context: object;
  /** The internet headers as Outlook holds them, and every value written, in order. */
  readonly headers: Record<string, string>;
  readonly headerWrites: string[];
  readonly roaming: Map<string, unknown>;
  /** Every Office.js call made, in order. */
  readonly calls: string[];
}

type Callback = (result: unknown) => void;

/** A compose item on Mailbox 1.15 that answers like Office.js, except for the one fault injected. */
export function fakeOutlook(message: FakeMessage, clock: VirtualClock, fault: Fault | null): FakeOutlook {
  const headers: Record<string, string> = {};
  const headerWrites: string[] = [];
  const roaming = new Map<string, unknown>();
  const session = new Map<string, string>();
  const calls: string[] = [];
  const callFault = fault?.on === 'call' ? fault : null;

  function answer(call: SendCall, callback: Callback | undefined, value: () => unknown, effect: () => void = () => undefined): void {
    calls.push(call);
    const kind = callFault?.call === call ? callFault.kind : null;
    if (kind === 'throws') throw new Error(`${call} threw (injected)`);
    // A write lands unless the call threw, failed or never answered (then nothing is known of it).
    if (kind !== 'never' && kind !== 'fails') effect();
    if (!callback || kind === 'never') return;
    const ok = () => ({ status: 'succeeded', value: value() });
    const failed = { status: 'failed', value: undefined, error: { name: 'GenericResponseError', message: `${call} failed (injected)`, code: 9020 } };
    const later = (result: () => unknown, ms = OFFICE_LATENCY_MS) => clock.setTimeout(() => callback(result()), ms);
    switch (kind) {
      case 'sync':
        return callback(ok());
      case 'twice':
        later(ok);
        later(() => failed, OFFICE_LATENCY_MS * 2);
        return;
      case 'null':
        return void later(() => null);
      case 'undefined':
        return void later(() => undefined);
      case 'no-status':
        return void later(() => ({ value: value() }));
      case 'wrong-type':
        return void later(() => ({ status: 'succeeded', value: WRONG_TYPE[call] }));
      case 'weird-status':
        return void later(() => ({ status: 'weird', value: value() }));
      case 'fails':
        return void later(() => failed);
      default:
        return void later(ok);
    }
  }

  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (callback: Callback) => answer(`${field}.getAsync`, callback, () => message[field].map((r) => ({ ...r }))),
  });
  const item = {
    subject: { getAsync: (callback: Callback) => answer('subject.getAsync', callback, () => message.subject) },
    body: { getAsync: (_coercion: string, callback: Callback) => answer('body.getAsync', callback, () => message.body) },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (callback: Callback) => answer('from.getAsync', callback, () => ({ emailAddress: 'zhang.san@contoso.com', displayName: '张三', recipientType: 'user' })) },
    getAttachmentsAsync: (callback: Callback) => answer('getAttachmentsAsync', callback, () => message.attachments.map((a) => ({ ...a, attachmentType: 'file' }))),
    getComposeTypeAsync: (callback: Callback) => answer('getComposeTypeAsync', callback, () => ({ composeType: 'newMail', coercionType: 'text' })),
    sensitivityLabel: { getAsync: (callback: Callback) => answer('sensitivityLabel.getAsync', callback, () => '') },
    sessionData: {
      getAllAsync: (callback: Callback) => answer('sessionData.getAllAsync', callback, () => Object.fromEntries(session)),
      setAsync: (name: string, value: string, callback: Callback) => {
        calls.push('sessionData.setAsync');
        session.set(name, value);
        clock.setTimeout(() => callback({ status: 'succeeded', value: undefined }), OFFICE_LATENCY_MS);
      },
    },
    internetHeaders: {
      setAsync: (values: Record<string, string>, callback: Callback) =>
        answer('internetHeaders.setAsync', callback, () => undefined, () => {
          Object.assign(headers, values);
          headerWrites.push(...Object.values(values));
        }),
    },
    notificationMessages: {
      replaceAsync: (_key: string, _details: unknown, callback: Callback) => clock.setTimeout(() => callback({ status: 'succeeded', value: undefined }), OFFICE_LATENCY_MS),
      removeAsync: (_key: string, callback: Callback) => clock.setTimeout(() => callback({ status: 'succeeded', value: undefined }), OFFICE_LATENCY_MS),
    },
    conversationId: null,
  };

  const hostFault = fault?.on === 'host' ? fault : null;
  /** A host member that throws, or answers with the wrong type, when the fault is on it. */
  const host = <T>(member: HostMember, value: () => T, wrong: unknown): T => {
    if (hostFault?.member !== member) return value();
    if (hostFault.kind === 'throws') throw new Error(`${member} threw (injected)`);
    return wrong as T;
  };
  const context = {
    get displayLanguage() {
      return host('displayLanguage', () => 'zh-CN', 12);
    },
    requirements: { isSetSupported: (name: string, version = '1.1') => host('requirements.isSetSupported', () => name === 'Mailbox' && Number(version.split('.')[1] ?? 0) <= 15, 'yes') },
    mailbox: {
      item,
      get userProfile() {
        return host('userProfile', () => ({ emailAddress: 'zhang.san@contoso.com', displayName: '张三' }), 'zhang.san');
      },
    },
    roamingSettings: {
      get: (name: string) => host('roamingSettings.get', () => roaming.get(name), { text: 'not a policy' }),
      set: (name: string, value: unknown) => host('roamingSettings.set', () => void roaming.set(name, value), 'ignored'),
      saveAsync: (callback?: Callback) => answer('roamingSettings.saveAsync', callback, () => undefined),
    },
    sensitivityLabelsCatalog: {
      getAsync: (callback: Callback) =>
        answer('sensitivityLabelsCatalog.getAsync', callback, () => [
          { id: 'label-general', name: 'General' },
          { id: 'label-confidential', name: 'Confidential' },
        ]),
    },
  };
  return { context, headers, headerWrites, roaming, calls };
}

