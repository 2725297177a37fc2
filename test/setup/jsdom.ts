import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// jsdom lacks the layout APIs Fluent UI observes; the pane's behaviour does not depend on them.
if (typeof window !== 'undefined') {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const globals = window as unknown as Record<string, unknown>;
  globals.ResizeObserver ??= NoLayoutResizeObserver;
  // Browsers have them; jsdom does not, and the pane's attachment extractors decode with them.
  globals.TextEncoder ??= NodeTextEncoder;
  globals.TextDecoder ??= NodeTextDecoder;
  globals.matchMedia ??= (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
}
