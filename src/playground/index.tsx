/**
 * The playground page: publishes the simulated Outlook (the bridge) before the add-in frames load,
 * reads the start options from the address (`?example=`, `?lang=`, `?theme=`, `?version=`, `?policy=`;
 * an example's own policy unless `?policy=` names another), and renders.
 */
import { createRoot } from 'react-dom/client';
import { isLocale, resolveLocale } from '../engine';
import { publishBridge } from './bridge';
import { exampleById } from './examples';
import { Playground } from './playground';
import { COMPOSE_HANDLER, LATENCY_MS, MAILBOX_VERSIONS, PlaygroundSession, type PlaygroundSettings } from './session';

function settingsFrom(params: URLSearchParams): PlaygroundSettings {
  const lang = params.get('lang');
  const version = params.get('version');
  const latency = Number(params.get('latency'));
  return {
    displayLanguage: isLocale(lang) ? lang : resolveLocale(navigator.language),
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    mailboxVersion: MAILBOX_VERSIONS.find((v) => v === version) ?? MAILBOX_VERSIONS[0],
    latencyMs: params.has('latency') && Number.isFinite(latency) && latency >= 0 ? latency : LATENCY_MS.web,
  };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const example = exampleById(params.get('example') ?? '');
  const session = new PlaygroundSession(settingsFrom(params), example?.message ?? {}, storage());
  publishBridge(window, session);
  const policy = params.get('policy');
  // The add-in must see the chosen policy from its first fetch, so it is read before the frames load.
  if (policy) await session.usePolicyUrl(policy, window.location.href);
  else if (example?.policy) session.useExamplePolicy(example.policy);
  void session.runEvent(COMPOSE_HANDLER);
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<Playground session={session} />);
}

void start();
