/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { Spinner } from '../../src/taskpane/components/spinner';

test('the busy indicator is a progress bar named by its visible label', () => {
  render(<Spinner label="正在检查…" />);
  const indicator = screen.getByRole('progressbar', { name: '正在检查…' });
  expect(indicator.textContent).toBe('正在检查…');
});
