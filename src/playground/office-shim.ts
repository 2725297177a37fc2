/**
 * Loaded by the playground's add-in pages INSTEAD of Microsoft's office.js: builds the global
 * `Office` on the playground window's simulated mailbox and serves the playground's policy, then
 * the page's real bundle (taskpane.js, or the handlers inline in commands.html) runs unchanged.
 */
import { findBridge } from './bridge';
import { createOfficeGlobal } from './office-global';
import { installPolicyFetch } from './policy-fetch';

const bridge = findBridge(window);
// Object.assign: to the type checker `Office` is Office.js's namespace, not a property a page sets.
if (bridge) {
  Object.assign(window, { Office: createOfficeGlobal(bridge, window) });
  installPolicyFetch(window, bridge);
} else {
  // Opened on its own: there is no Outlook to talk to. Say so instead of failing silently.
  Object.assign(window, { Office: { onReady: () => new Promise(() => undefined), actions: { associate: () => undefined } } });
  document.addEventListener('DOMContentLoaded', () => {
    document.body.textContent = 'This page runs inside the Preflight playground: open playground.html.';
  });
}
