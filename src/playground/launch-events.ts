import type { ActionHandler } from './bridge';

/** The manifest's LaunchEvents: the event Outlook raises, the handler it names, and the event's `type`. */
export const LAUNCH_EVENTS = {
  OnMessageCompose: { handler: 'onMessageComposeHandler', type: 'messageComposeOpened' },
  OnMessageRecipientsChanged: { handler: 'onMessageRecipientsChangedHandler', type: 'messageRecipientsChanged' },
  OnMessageAttachmentsChanged: { handler: 'onMessageAttachmentsChangedHandler', type: 'messageAttachmentsChanged' },
  OnMessageSend: { handler: 'onMessageSendHandler', type: 'messageSend' },
} as const;

export type EventName = (typeof LAUNCH_EVENTS)[keyof typeof LAUNCH_EVENTS]['handler'];

/** The handler Outlook runs when a message opens for composing: new, reply, forward, or a saved draft opened again. */
export const COMPOSE_HANDLER = LAUNCH_EVENTS.OnMessageCompose.handler;

const EVENT_TYPES = Object.fromEntries(Object.values(LAUNCH_EVENTS).map(({ handler, type }) => [handler, type])) as Readonly<Record<EventName, string>>;

/** Outlook gives up on an event handler that never calls `completed`; the playground waits this long. */
const HANDLER_LIMIT_MS = 10_000;

/**
 * The handlers commands.html associated, and Outlook's way of running them: an event fired
 * before its handler is associated waits for it, one event at a time, each given HANDLER_LIMIT_MS
 * to call `event.completed`. `enabled` says whether the simulated client runs event handlers at all.
 */
export class LaunchEvents {
  private readonly handlers = new Map<string, ActionHandler>();
  private readonly waiters = new Map<string, Array<(handler: ActionHandler) => void>>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly queued = new Set<EventName>();
  private unfinished = 0;

  /** `changed`: called whenever the count of compose-time events queued or running changes. */
  constructor(
    private readonly enabled: () => boolean,
    private readonly changed: () => void = () => undefined,
  ) {}

  /** Compose-time events queued or running: 0 once the handlers have done with every change so far. */
  get pending(): number {
    return this.unfinished;
  }

  associate(name: string, handler: ActionHandler): void {
    this.handlers.set(name, handler);
    for (const wake of this.waiters.get(name) ?? []) wake(handler);
    this.waiters.delete(name);
  }

  private handler(name: EventName): Promise<ActionHandler> {
    const known = this.handlers.get(name);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => this.waiters.set(name, [...(this.waiters.get(name) ?? []), resolve]));
  }

  /** Runs the named handler once and resolves with what it passed to `event.completed`. */
  async invoke(name: EventName): Promise<object | undefined> {
    const handler = await this.handler(name);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not call event.completed within ${HANDLER_LIMIT_MS} ms`)), HANDLER_LIMIT_MS);
      const completed = (options?: object) => {
        clearTimeout(timer);
        resolve(options);
      };
      try {
        handler({ type: EVENT_TYPES[name], completed });
      } catch (error) {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private count(change: number): void {
    this.unfinished += change;
    this.changed();
  }

  /**
   * Outlook runs one event of an add-in at a time; a change that arrives while the same event
   * is still queued is covered by that run.
   */
  run(name: Exclude<EventName, 'onMessageSendHandler'>): Promise<unknown> {
    if (!this.enabled()) return Promise.resolve();
    if (this.queued.has(name)) return this.queue;
    this.queued.add(name);
    this.count(+1);
    this.queue = this.queue.then(async () => {
      this.queued.delete(name);
      // The client may have changed to one without event handlers while this waited.
      try {
        return this.enabled() ? await this.invoke(name).catch(() => undefined) : undefined;
      } finally {
        this.count(-1);
      }
    });
    return this.queue;
  }
}
