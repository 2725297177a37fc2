/**
 * Task pane entry. Office.js is loaded by a script tag in taskpane.html (the playground loads its
 * simulated Office instead); React renders inside Office.onReady, in one FluentProvider.
 */
import '../office/page-built-ins';
import { createRoot } from 'react-dom/client';
import { isOfficeContext } from '../office/mailbox';
import { fetchWithTimeout, localStorageCache, policyUrl } from '../office/policy-source';
import { App } from './app';
import type { PaneHost } from './host';

declare const __ADDIN_BASE_URL__: string;

function officeHost(): PaneHost {
  const context: unknown = Office.context;
  if (!isOfficeContext(context)) throw new TypeError('Office.context has no mailbox');
  const item = context.mailbox.item;
  return {
    context,
    policyUrl: policyUrl(__ADDIN_BASE_URL__),
    fetchText: fetchWithTimeout,
    policyCache: localStorageCache(),
    themeBackground: (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme?.bodyBackgroundColor,
    preferences: { get: (key) => globalThis.localStorage?.getItem(key) ?? null, set: (key, value) => globalThis.localStorage?.setItem(key, value) },
    onItemChanged(listener) {
      // RecipientsChanged (Mailbox 1.7) and AttachmentsChanged (1.8); older clients rely on refresh and focus.
      const types = ['olkRecipientsChanged', 'olkAttachmentsChanged'];
      for (const type of types) item?.addHandlerAsync?.(type, listener);
      return () => {
        for (const type of types) item?.removeHandlerAsync?.(type);
      };
    },
  };
}

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const forcedColors = globalThis.matchMedia?.('(forced-colors: active)').matches ?? false;
  createRoot(container).render(<App host={officeHost()} forcedColors={forcedColors} />);
});
