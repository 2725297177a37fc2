/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from '@testing-library/react';
import { CLEAN } from '../office/helpers';
import { renderPane, settled } from './render';
import { tabAfterKey } from '../../src/taskpane/components/tabs';

/** The pane's two tabs follow the WAI-ARIA tabs pattern: one Tab stop, arrows between tabs, a labelled panel. */
describe('the pane tabs', () => {
  test('arrow keys, Home and End move round the tabs; other keys do nothing', () => {
    expect(tabAfterKey('ArrowRight', 0, 2)).toBe(1);
    expect(tabAfterKey('ArrowRight', 1, 2)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 2)).toBe(1);
    expect(tabAfterKey('Home', 1, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('a', 0, 2)).toBeNull();
  });

  test('only the selected tab is in the Tab order, and the panel is named by it', async () => {
    renderPane(CLEAN);
    await settled();
    const findings = screen.getByRole('tab', { name: '检查结果' });
    const templates = screen.getByRole('tab', { name: '邮件模板' });
    expect(screen.getByRole('tablist').children).toHaveLength(2);
    expect([findings.getAttribute('aria-selected'), templates.getAttribute('aria-selected')]).toEqual(['true', 'false']);
    expect([findings.tabIndex, templates.tabIndex]).toEqual([0, -1]);
    expect(screen.getByRole('tabpanel', { name: '检查结果' }).id).toBe(findings.getAttribute('aria-controls'));
  });

  test('an arrow key moves the focus without selecting; a click selects and shows that panel', async () => {
    renderPane(CLEAN);
    await settled();
    const findings = screen.getByRole('tab', { name: '检查结果' });
    const templates = screen.getByRole('tab', { name: '邮件模板' });
    findings.focus();
    fireEvent.keyDown(findings, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(templates);
    expect(templates.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(templates, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(findings);
    fireEvent.click(templates);
    expect(templates.getAttribute('aria-selected')).toBe('true');
    expect([findings.tabIndex, templates.tabIndex]).toEqual([-1, 0]);
    expect(screen.getByRole('tabpanel', { name: '邮件模板' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '检查结果列表' })).toBeNull();
  });
});
