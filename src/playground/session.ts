import { parsePolicyText } from '../engine';
import type { SendCompletion } from '../office/send-decision';
import { LOCALE_CHOICE_KEY } from '../office/locale';
import { SESSION_KEYS } from '../office/session';
import type { ActionHandler, OfficeThemeName, PlaygroundBridge } from './bridge';
import { examplePolicyText, type Example, type ExamplePolicy } from './examples';
import { COMPOSE_HANDLER, LaunchEvents, type EventName } from './launch-events';
import { hasFeature, smartAlertView } from './client-capabilities';
import { POLICY_FILE } from './policy-fetch';
import type { PlaygroundSettings, PolicyChoice, SendState } from './session-state';
import { SimulatedMailbox, type SimulatedMessage } from './simulated-mailbox';

/** Where the task pane remembers a language the user picked on this device; cleared when Outlook's language changes. */
const PANE_LOCALE_KEY = 'preflight.locale';
export { COMPOSE_HANDLER, LAUNCH_EVENTS } from './launch-events';
export { LATENCY_MS, MAILBOX_VERSIONS, type PlaygroundSettings, type PolicyChoice, type SendState, type SentMessage } from './session-state';

/** What a compose window opened again keeps of the one before; roaming settings always stay with the user. */
interface Carried {
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Everything the playground window holds: the message being composed (one simulated mailbox,
 * shared with the add-in frames through the bridge), the simulated client's settings, the
 * policy, and the send flow. React reads it through `subscribe`/`version`.
 */
export class PlaygroundSession implements PlaygroundBridge {
  private current: SimulatedMailbox;
  private currentSettings: PlaygroundSettings;
  private policyChoice: PolicyChoice = { kind: 'server' };
  private send: SendState = { kind: 'composing' };
  private generation = 0;
  private revision = 0;
  private readonly listeners = new Set<() => void>();
  // The event-based handlers of dist/commands.html, run while this client has them.
  private readonly events = new LaunchEvents(
    () => this.runsEventHandlers,
    () => this.changed(),
  );
  private paneFocuser: (() => void) | null = null;

  constructor(
    settings: PlaygroundSettings,
    message: Partial<SimulatedMessage> = {},
    private readonly storage: Pick<Storage, 'removeItem'> | null = null,
  ) {
    this.currentSettings = settings;
    this.current = this.createMailbox(structuredClone(message));
  }

  // The bridge the add-in frames read.
  get mailbox(): SimulatedMailbox {
    return this.current;
  }

  get theme(): OfficeThemeName {
    return this.currentSettings.theme;
  }

  get policyText(): string | null {
    return this.policyChoice.kind === 'custom' ? this.policyChoice.text : null;
  }

  associate(name: string, handler: ActionHandler): void {
    this.events.associate(name, handler);
  }

  // What React reads.
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly version = (): number => this.revision;

  get settings(): PlaygroundSettings {
    return this.currentSettings;
  }

  get policy(): PolicyChoice {
    return this.policyChoice;
  }

  get sendState(): SendState {
    return this.send;
  }

  /** Compose-time events queued or running (OnMessageCompose, recipients or attachments changed). */
  get pendingEvents(): number {
    return this.events.pending;
  }

  /** Changes when the task pane must be opened afresh (a new message, another client or language). */
  get paneGeneration(): number {
    return this.generation;
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }

  private createMailbox(message: Partial<SimulatedMessage>, previous?: SimulatedMailbox, carried: Carried = {}): SimulatedMailbox {
    const { mailboxVersion, latencyMs, displayLanguage } = this.currentSettings;
    const mailbox = new SimulatedMailbox(message, { mailboxVersion, latencyMs, displayLanguage });
    // Roaming settings belong to the user, not to the message.
    for (const [key, value] of previous?.roaming ?? []) mailbox.roaming.set(key, value);
    Object.assign(mailbox.headers, carried.headers);
    mailbox.on('itemWritten', () => this.changed());
    mailbox.on('recipientsChanged', () => void this.runEvent('onMessageRecipientsChangedHandler'));
    mailbox.on('attachmentsChanged', () => void this.runEvent('onMessageAttachmentsChangedHandler'));
    return mailbox;
  }

  /**
   * Opens an example from the menu with the policy it comes with. An example without one goes back
   * to the server's policy when the policy in use came with an earlier example; a policy the user
   * chose stays.
   */
  openExample(example: Pick<Example, 'message' | 'policy'>): Promise<unknown> {
    if (example.policy) this.policyChoice = this.examplePolicyChoice(example.policy);
    else if (this.policyChoice.kind === 'custom' && this.policyChoice.fromExample) this.policyChoice = { kind: 'server' };
    // The compose event and the reopened pane read the policy afresh: no separate policy change.
    return this.compose(example.message);
  }

  /** Opens a new compose window with `message`: fresh item state, the pane reopened, OnMessageCompose run. */
  compose(message: Partial<SimulatedMessage>): Promise<unknown> {
    // A copy: the examples' lists must not change when the message does.
    return this.open(structuredClone(message));
  }

  /**
   * Saves the draft, closes its window and opens it again from Drafts: the message and its
   * internet headers are what was saved, and OnMessageCompose runs again. The bars and the item's
   * sessionData do not come back: Microsoft documents sessionData as the data of a compose session
   * (custom properties are the per-item store that survives an item opened again), so the add-in
   * must not count on finding what it recorded at the first opening.
   */
  reopenDraft(): Promise<unknown> {
    if (this.send.kind === 'sent' || this.send.kind === 'checking') return Promise.resolve();
    return this.open(structuredClone(this.current.message), { headers: this.current.headers });
  }

  private open(message: Partial<SimulatedMessage>, carried?: Carried): Promise<unknown> {
    this.current = this.createMailbox(message, this.current, carried);
    this.send = { kind: 'composing' };
    this.generation++;
    this.changed();
    return this.runEvent(COMPOSE_HANDLER);
  }

  /**
   * Another client version opens the message afresh in that client (no bars, headers or session
   * data carried over from a client that could write them); the other settings reopen the pane.
   */
  updateSettings(patch: Partial<PlaygroundSettings>): Promise<unknown> {
    const before = this.currentSettings;
    const next = { ...before, ...patch };
    this.currentSettings = next;
    const options = this.current.options;
    options.latencyMs = next.latencyMs;
    options.displayLanguage = next.displayLanguage;
    if (next.displayLanguage !== before.displayLanguage) this.forgetPaneLocale();
    if (next.mailboxVersion !== before.mailboxVersion) return this.compose(this.current.message);
    if (next.displayLanguage !== before.displayLanguage || next.theme !== before.theme) this.generation++;
    this.changed();
    return Promise.resolve();
  }

  /**
   * The language picked in the pane outranks Office's, wherever it was kept: on this device, for
   * the user (roaming settings) and for this message (sessionData). The playground forgets all
   * three, so the pane, the dialog and the bars the add-in writes from then on speak the simulated
   * display language.
   */
  private forgetPaneLocale(): void {
    try {
      this.storage?.removeItem(PANE_LOCALE_KEY);
    } catch {
      // Storage may be unavailable; the pane then keeps the language picked in it on this device.
    }
    this.current.roaming.delete(LOCALE_CHOICE_KEY);
    this.current.sessionData.delete(SESSION_KEYS.locale);
  }

  /** Whether Outlook runs the manifest's event handlers (compose events, Smart Alerts) on this client. */
  get runsEventHandlers(): boolean {
    return hasFeature(this.currentSettings.mailboxVersion, 'events');
  }

  /** The user typed in the form (subject, body, cursor, label): Outlook raises no event for these. */
  editMessage(change: (message: SimulatedMessage) => void): void {
    change(this.current.message);
    this.changed();
  }

  editRecipients(change: (message: SimulatedMessage) => void): void {
    this.editMessage(change);
    this.current.emit('recipientsChanged');
  }

  editAttachments(change: (message: SimulatedMessage) => void): void {
    this.editMessage(change);
    this.current.emit('attachmentsChanged');
  }

  setComposeType(composeType: SimulatedMessage['composeType']): Promise<unknown> {
    return this.compose({ ...this.current.message, composeType });
  }

  // The policy.
  usePolicyText(name: string, text: string): void {
    const parsed = parsePolicyText(text);
    this.policyChoice = { kind: 'custom', name, text, errors: parsed.ok ? [] : parsed.errors };
    this.policyChanged();
  }

  /** The policy of the example the playground was opened with (`?example=` without `?policy=`). */
  useExamplePolicy(policy: ExamplePolicy): void {
    this.policyChoice = this.examplePolicyChoice(policy);
    this.policyChanged();
  }

  private examplePolicyChoice(policy: ExamplePolicy): PolicyChoice {
    const text = examplePolicyText(policy);
    const parsed = parsePolicyText(text);
    return { kind: 'custom', name: policy.name, text, errors: parsed.ok ? [] : parsed.errors, fromExample: true };
  }

  /** Loads `?policy=<url>`: only a file on the playground's own origin. */
  async usePolicyUrl(address: string, base: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(address, base);
    } catch {
      this.policyChoice = { kind: 'unreadable', name: address, reason: 'invalid URL' };
      return this.policyChanged();
    }
    if (url.origin !== new URL(base).origin) {
      this.policyChoice = { kind: 'unreadable', name: address, reason: 'other-origin' };
      return this.policyChanged();
    }
    try {
      const response = await fetch(url.href, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.usePolicyText(url.pathname.split('/').pop() || POLICY_FILE, await response.text());
    } catch (error) {
      this.policyChoice = { kind: 'unreadable', name: address, reason: error instanceof Error ? error.message : String(error) };
      this.policyChanged();
    }
  }

  useServerPolicy(): void {
    this.policyChoice = { kind: 'server' };
    this.policyChanged();
  }

  private policyChanged(): void {
    // The add-in reads the policy when its pane opens and on each event: reopen the pane and refresh the bars.
    this.generation++;
    this.changed();
    void this.runEvent('onMessageRecipientsChangedHandler');
  }


  /** Runs a compose-time event, as Outlook would (see LaunchEvents.run). */
  runEvent(name: Exclude<EventName, 'onMessageSendHandler'>): Promise<unknown> {
    return this.events.run(name);
  }

  // Send.
  async startSend(): Promise<void> {
    if (this.send.kind === 'checking' || this.send.kind === 'sent') return;
    // Without OnMessageSend, Send just sends: no check, no header.
    if (!this.runsEventHandlers) return this.deliver();
    this.setSend({ kind: 'checking' });
    try {
      const completion = ((await this.events.invoke('onMessageSendHandler')) ?? { allowEvent: true }) as SendCompletion;
      if (completion.allowEvent) this.deliver();
      else this.setSend({ kind: 'alert', completion, dialog: smartAlertView(completion, this.currentSettings.mailboxVersion) });
    } catch (error) {
      this.setSend({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  sendAnyway(): void {
    if (this.send.kind === 'alert' && this.send.dialog.sendAnyway) this.deliver();
  }

  dontSend(): void {
    this.setSend({ kind: 'composing' });
  }

  /** The dialog's own button: don't send, and bring up the task pane the handler named. */
  openPaneFromAlert(): void {
    if (this.send.kind !== 'alert' || !this.send.dialog.actionLabel) return;
    this.setSend({ kind: 'composing' });
    this.paneFocuser?.();
  }

  backToDraft(): void {
    this.setSend({ kind: 'composing' });
  }

  registerPaneFocuser(focus: (() => void) | null): void {
    this.paneFocuser = focus;
  }

  private deliver(): void {
    const message = this.current.message;
    const copy = <T extends object>(list: readonly T[]) => list.map((entry) => ({ ...entry }));
    this.setSend({
      kind: 'sent',
      message: {
        subject: message.subject,
        from: { ...message.from },
        to: copy(message.to),
        cc: copy(message.cc),
        bcc: copy(message.bcc),
        body: message.body,
        attachments: copy(message.attachments),
        headers: { ...this.current.headers },
        ...(message.delayDeliveryTime ? { deliverAt: message.delayDeliveryTime } : {}),
      },
    });
  }

  private setSend(state: SendState): void {
    this.send = state;
    this.changed();
  }
}
