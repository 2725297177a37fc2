/**
 * The event handlers Outlook runs without opening the task pane: OnMessageCompose,
 * OnMessageRecipientsChanged, OnMessageAttachmentsChanged and OnMessageSend (Smart Alerts).
 * Built twice (webpack.config.js): launchevent.js, which classic Outlook on Windows loads alone in
 * a JavaScript-only runtime (no DOM, no localStorage, Office.onReady never runs), so handlers are
 * associated at load time and every path ends in `event.completed`; and commands.html, the page
 * new Outlook, the web and Mac load, which also reads attachments at compose time.
 */
import './polyfills';
import { isOfficeContext } from '../office/mailbox';
import { fetchWithTimeout, localStorageCache, policyUrl, roamingSettingsCache } from '../office/policy-source';
import type { CheckEnvironment } from '../office/run-check';
import { coldStart, runtimeClock } from './cold-start';
import { onComposeOpened, refreshNudges } from './compose-events';
import { decideSend } from './on-send';
import { pageScanner } from './page-scan';

declare const __ADDIN_BASE_URL__: string;
/** True in commands.html's build, false in launchevent.js's (webpack.config.js, HANDLER_RUNTIMES). */
declare const __PAGE_RUNTIME__: boolean;

const startup = coldStart(runtimeClock());

interface CompletableEvent {
  completed(options?: object): void;
}

function environment(): CheckEnvironment {
  const context: unknown = Office.context;
  if (!isOfficeContext(context)) throw new TypeError('Office.context has no mailbox');
  return {
    context,
    policyUrl: policyUrl(__ADDIN_BASE_URL__),
    fetchText: fetchWithTimeout,
    policyCache: localStorageCache() ?? roamingSettingsCache(context.roamingSettings),
    spentBeforeEventMs: startup.claim(),
  };
}

/** Runs `work` with the environment; a throw while gathering it (a host getter) rejects instead of escaping. */
function withEnvironment<T>(work: (env: CheckEnvironment) => Promise<T>): Promise<T> {
  return Promise.resolve().then(() => work(environment()));
}

function onMessageSendHandler(event: CompletableEvent): void {
  withEnvironment(decideSend).then(
    (outcome) => event.completed(outcome.completion),
    () => event.completed({ allowEvent: true }),
  );
}

function completeAfter(work: (env: CheckEnvironment) => Promise<void>): (event: CompletableEvent) => void {
  return (event) => {
    withEnvironment(work).then(
      () => event.completed(),
      () => event.completed(),
    );
  };
}

// Only the page reads attachments at compose time: launchevent.js carries none of that code.
// (typeof: unit tests load this module unbuilt, where nothing defines the flag.)
const scanInPage = typeof __PAGE_RUNTIME__ != 'undefined' && __PAGE_RUNTIME__ ? pageScanner() : undefined;
const onMessageComposeHandler = completeAfter(scanInPage ? (env) => onComposeOpened(env, scanInPage) : onComposeOpened);
const onComposeChanged = completeAfter(scanInPage ? (env) => refreshNudges(env, scanInPage) : refreshNudges);

export const HANDLERS = {
  onMessageSendHandler,
  onMessageComposeHandler,
  // The name earlier manifests gave their OnNewMessageCompose event: the same handler, so a
  // deployment whose manifest update awaits the admin's consent keeps working.
  onNewMessageComposeHandler: onMessageComposeHandler,
  onMessageRecipientsChangedHandler: onComposeChanged,
  onMessageAttachmentsChangedHandler: onComposeChanged,
} as const;

if (typeof Office !== 'undefined' && Office.actions) {
  for (const [name, handler] of Object.entries(HANDLERS)) Office.actions.associate(name, handler);
}
