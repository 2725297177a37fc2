import type { SimulatedMailbox } from './simulated-mailbox';

/** Where the playground window publishes its bridge for the add-in frames it hosts. */
export const BRIDGE_KEY = '__preflightPlayground';

export type OfficeThemeName = 'light' | 'dark';

/** The handler Outlook calls for an event-based activation or for Smart Alerts. */
export type ActionHandler = (event: { readonly type?: string; completed(options?: object): void }) => void;

/**
 * What the add-in frames (task pane, event handlers) see of the playground window. Reads are
 * live, so a frame always talks to the message being composed now.
 */
export interface PlaygroundBridge {
  readonly mailbox: SimulatedMailbox;
  readonly theme: OfficeThemeName;
  /** The text the playground answers for `policy.json`; null lets the request reach the server. */
  readonly policyText: string | null;
  /** `Office.actions.associate` from the event-handler frame. */
  associate(name: string, handler: ActionHandler): void;
}

type WindowWithBridge = Window & { [BRIDGE_KEY]?: PlaygroundBridge };

/** The bridge of the playground this frame is in (its parent), or of this window itself. */
export function findBridge(win: Window): PlaygroundBridge | null {
  for (const candidate of [win, win.parent]) {
    try {
      const bridge = (candidate as WindowWithBridge)[BRIDGE_KEY];
      if (bridge) return bridge;
    } catch {
      // A parent on another origin is not a playground.
    }
  }
  return null;
}

export function publishBridge(win: Window, bridge: PlaygroundBridge): void {
  (win as WindowWithBridge)[BRIDGE_KEY] = bridge;
}
