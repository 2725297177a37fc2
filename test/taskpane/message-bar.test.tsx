/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '../../src/taskpane/components/message-bar';

test('a message bar is a group named by its title, with its body, actions and own attributes', () => {
  render(
    <MessageBar intent="warning" layout="multiline" data-rule="mass-mail">
      <MessageBarBody>
        <MessageBarTitle>群发邮件</MessageBarTitle>
        收件人超过 50 位
      </MessageBarBody>
      <MessageBarActions>
        <button type="button">改为密送</button>
      </MessageBarActions>
    </MessageBar>,
  );
  const bar = screen.getByRole('group', { name: '群发邮件' });
  expect(bar.getAttribute('data-rule')).toBe('mass-mail');
  expect(bar.textContent).toContain('收件人超过 50 位');
  expect(within(bar).getByRole('button', { name: '改为密送' })).toBeTruthy();
});

test("each intent shows its own icon, as Fluent's MessageBar does", () => {
  const icon = (intent: 'info' | 'warning' | 'error' | 'success') => {
    const { container, unmount } = render(
      <MessageBar intent={intent}>
        <MessageBarBody>…</MessageBarBody>
      </MessageBar>,
    );
    const svg = container.querySelector('svg')!.outerHTML;
    unmount();
    return svg;
  };
  const icons = new Set([icon('info'), icon('warning'), icon('error'), icon('success')]);
  expect(icons.size).toBe(4);
});
