import type { PlaygroundBridge } from './bridge';
import { FEATURE_VERSIONS } from './client-capabilities';
import type { SimulatedEvent, SimulatedMailbox } from './simulated-mailbox';

/** `Office.context.officeTheme` for Outlook's light ("White") and dark ("Black") themes. */
export const OFFICE_THEMES = {
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424' },
  dark: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#ffffff' },
} as const;

/** The item events Office.js lets a task pane subscribe to, the simulator's names for them, and the Mailbox version that has them. */
const ITEM_EVENTS: Readonly<Record<string, { readonly event: SimulatedEvent; readonly since: string }>> = {
  olkRecipientsChanged: { event: 'recipientsChanged', since: '1.7' },
  olkAttachmentsChanged: { event: 'attachmentsChanged', since: '1.8' },
};

type Callback = (result: { status: string; value?: unknown; error?: { name: string; message: string } }) => void;

const ENUMS = {
  EventType: { RecipientsChanged: 'olkRecipientsChanged', AttachmentsChanged: 'olkAttachmentsChanged', ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
  CoercionType: { Text: 'text', Html: 'html' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  HostType: { Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  MailboxEnums: {
    RecipientType: { User: 'user', DistributionList: 'distributionList', ExternalUser: 'externalUser', Other: 'other' },
    ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', ProgressIndicator: 'progressIndicator', InsightMessage: 'insightMessage' },
    ComposeType: { NewMail: 'newMail', Reply: 'reply', Forward: 'forward' },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
    ItemType: { Message: 'message', Appointment: 'appointment' },
  },
} as const;

/**
 * The item-event subscriptions one frame made. Office keeps one handler per event type and add-in;
 * they are dropped when the frame goes away, so a reloaded task pane leaves no stale listener behind.
 */
class ItemEventRegistry {
  private readonly active = new Map<string, { mailbox: SimulatedMailbox; event: SimulatedEvent; listener: () => void }>();

  add(mailbox: SimulatedMailbox, type: string, handler: (event: { type: string }) => void): boolean {
    const known = ITEM_EVENTS[type];
    if (!known || !mailbox.supports(known.since)) return false;
    const { event } = known;
    this.remove(type);
    const listener = () => handler({ type });
    mailbox.on(event, listener);
    this.active.set(type, { mailbox, event, listener });
    return true;
  }

  remove(type: string): boolean {
    const entry = this.active.get(type);
    if (!entry) return false;
    entry.mailbox.off(entry.event, entry.listener);
    this.active.delete(type);
    return true;
  }

  removeAll(): void {
    for (const type of [...this.active.keys()]) this.remove(type);
  }
}

/** Office.js answers `addHandlerAsync`/`removeHandlerAsync` later, through an optional callback in last position. */
function callbackOf(args: readonly unknown[]): Callback | undefined {
  const last = args[args.length - 1];
  return typeof last === 'function' ? (last as Callback) : undefined;
}

function answerLater(callback: Callback | undefined, ok: boolean, failure: string): void {
  if (!callback) return;
  setTimeout(() => callback(ok ? { status: 'succeeded' } : { status: 'failed', error: { name: 'InvalidEventType', message: failure } }), 0);
}

/**
 * Builds the global `Office` of an add-in frame on top of the playground's simulated mailbox:
 * the same names Office.js offers, every read live, so the task pane, the event handlers and the
 * playground's form all act on one message.
 */
export function createOfficeGlobal(bridge: PlaygroundBridge, win: Window) {
  const registry = new ItemEventRegistry();
  win.addEventListener('pagehide', () => registry.removeAll());

  const itemOf = (mailbox: SimulatedMailbox) =>
    Object.assign(mailbox.item, {
      itemType: 'message',
      addHandlerAsync(type: string, handler: (event: { type: string }) => void, ...rest: unknown[]) {
        answerLater(callbackOf(rest), registry.add(mailbox, type, handler), `${type} is not an item event`);
      },
      removeHandlerAsync(type: string, ...rest: unknown[]) {
        answerLater(callbackOf(rest), registry.remove(type), `no handler for ${type}`);
      },
    });

  const context = {
    host: 'Outlook',
    platform: 'OfficeOnline',
    diagnostics: { hostName: 'Outlook', hostVersion: 'playground', OWAView: 'ThreeColumns' },
    get displayLanguage() {
      return bridge.mailbox.options.displayLanguage;
    },
    get officeTheme() {
      return bridge.mailbox.supports(FEATURE_VERSIONS.officeTheme) ? { ...OFFICE_THEMES[bridge.theme] } : undefined;
    },
    get requirements() {
      return bridge.mailbox.context.requirements;
    },
    get roamingSettings() {
      return bridge.mailbox.context.roamingSettings;
    },
    get sensitivityLabelsCatalog() {
      return bridge.mailbox.context.sensitivityLabelsCatalog;
    },
    get mailbox() {
      const mailbox = bridge.mailbox;
      return { item: itemOf(mailbox), userProfile: mailbox.context.mailbox.userProfile, diagnostics: { hostName: 'Outlook' } };
    },
  };

  const readyInfo = { host: 'Outlook', platform: 'OfficeOnline' };
  return {
    ...ENUMS,
    context,
    onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
      return Promise.resolve(readyInfo).then((info) => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(name: string, handler: Parameters<PlaygroundBridge['associate']>[1]) {
        bridge.associate(name, handler);
      },
    },
  };
}
