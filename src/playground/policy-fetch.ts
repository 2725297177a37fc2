import type { PlaygroundBridge } from './bridge';

/** The file the add-in fetches from its own origin (see `policyUrl` in src/office/policy-source.ts). */
export const POLICY_FILE = 'policy.json';

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/**
 * Wraps the frame's `fetch` so that a request for the add-in's `policy.json` answers with the
 * policy chosen in the playground, without any network; everything else goes out unchanged.
 */
export function installPolicyFetch(win: Window, bridge: PlaygroundBridge): void {
  const network = win.fetch.bind(win);
  const policyUrl = new URL(POLICY_FILE, win.location.href);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(requestUrl(input), win.location.href);
    const text = bridge.policyText;
    if (text === null || url.origin !== policyUrl.origin || url.pathname !== policyUrl.pathname) return network(input, init);
    return Promise.resolve(new Response(text, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
  };
}
