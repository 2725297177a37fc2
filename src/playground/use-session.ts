import { useSyncExternalStore } from 'react';
import type { PlaygroundSession } from './session';

/** Re-renders the caller whenever the session (message, settings, policy, send flow) changes. */
export function useSession(session: PlaygroundSession): number {
  return useSyncExternalStore(session.subscribe, session.version);
}
