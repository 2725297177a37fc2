/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CLEAN } from '../office/helpers';
import { makeRuleThrow as throwing } from '../helpers/failing-rule';
import { renderPane, settled } from './render';


afterEach(() => jest.restoreAllMocks());

describe('a check that threw, in the pane', () => {
  test('is named in the user’s words, and the draft is not called ready to send', async () => {
    throwing('subject-vague');
    renderPane(CLEAN);
    await settled();
    expect(screen.getByTestId('rules-failed').textContent).toBe('以下检查出错，未能完成：主题不明确。其余检查已完成。这是 Preflight 自身的问题，请告知 IT 管理员。');
    expect(screen.queryByTestId('ready')).toBeNull();
  });

  test('the other findings are still shown, and the notice follows the pane’s language', async () => {
    throwing('salutation-mismatch');
    renderPane({ ...CLEAN, subject: '你好' });
    await settled();
    expect(document.querySelector('[data-rule="subject-vague"]')).not.toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
    await waitFor(() => expect(screen.getByTestId('rules-failed').textContent).toBe('以下檢查發生錯誤，未能完成：稱呼與收件者不符。其餘檢查已完成。這是 Preflight 本身的問題，請告知 IT 管理員。'));
  });

  test('without a failure there is no such notice', async () => {
    renderPane(CLEAN);
    await settled();
    expect(screen.getByTestId('ready')).toBeTruthy();
    expect(screen.queryByTestId('rules-failed')).toBeNull();
  });
});
