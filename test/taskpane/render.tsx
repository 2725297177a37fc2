import { render, screen, waitFor, type MatcherFunction } from '@testing-library/react';
import { App } from '../../src/taskpane/app';
import type { PaneHost } from '../../src/taskpane/host';
import { SimulatedMailbox, type SimulatedMessage, type SimulatorOptions } from '../../src/playground/simulated-mailbox';
import { memoryCache, POLICY_URL, serve } from '../office/helpers';

export function renderPane(message: Partial<SimulatedMessage>, options: SimulatorOptions = {}, policy: unknown = {}, extra: Partial<PaneHost> = {}) {
  const mailbox = new SimulatedMailbox(message, { latencyMs: 1, ...options });
  const stored = new Map<string, string>();
  const host: PaneHost = {
    context: mailbox.context,
    policyUrl: POLICY_URL,
    fetchText: serve(policy),
    policyCache: memoryCache(),
    preferences: { get: (key) => stored.get(key) ?? null, set: (key, value) => void stored.set(key, value) },
    onItemChanged: (listener) => {
      mailbox.on('recipientsChanged', listener);
      mailbox.on('attachmentsChanged', listener);
      return () => undefined;
    },
    ...extra,
  };
  const view = render(<App host={host} />);
  return { mailbox, host, view, stored };
}

/** Waits until the first check has rendered (findings, the ready state, or rules that failed). */
export async function settled(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('region', { name: /检查结果列表|檢查結果清單|List of findings/u })).not.toBeNull());
  await waitFor(() => expect(document.querySelector('[data-rule], [data-testid="ready"], [data-testid="rules-failed"]')).not.toBeNull());
}

/**
 * Matches the innermost element whose whole text (its own and its children's) is `text`, or
 * matches `text` when it is a pattern: the pane renders each value inside a sentence in an
 * element of its own (an isolating <bdi>), so the sentence is no single text node.
 */
export function wholeText(text: string | RegExp): MatcherFunction {
  const matches = (element: Element | null) => {
    const content = element?.textContent ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  };
  return (_, element) => matches(element) && !Array.from(element?.children ?? []).some(matches);
}
