import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEFAULT_POLICY, evaluate, parseDraft, RULE_CATALOG, type Locale } from '../../src/engine';
import { smartAlertText } from '../../src/office/smart-alert';
import { EXAMPLES } from '../../src/playground/examples';
import { t as playgroundText } from '../../src/playground/strings';
import { t as paneText } from '../../src/taskpane/strings';
import { buttonNames, expectAlert, finding, loadExample, pageTest, pane, useSharedE2E } from './helpers';

/** Outlook's display language and theme reach the pane and the Smart Alerts dialog; both pass axe. */
const current = useSharedE2E();

/** The engine's own sentence for the vague-subject example, in `locale`: what the dialog must say. */
function vagueSubjectMessage(locale: Locale): string {
  const example = EXAMPLES.find((e) => e.id === 'vague-subject')!.message;
  const parsed = parseDraft({ subject: example.subject, body: example.body, from: 'zhang.san@contoso.com', to: example.to!.map((r) => r.emailAddress) });
  if (!parsed.ok) throw new Error('example draft does not parse');
  return evaluate(parsed.draft, DEFAULT_POLICY, { locale }).findings.find((f) => f.rule === 'subject-vague')!.message;
}

async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('display-language').selectOption(locale);
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
}

async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  await pane(page).getByRole('heading', { level: 1, name: paneText('title', locale) }).waitFor();
  await finding(page, 'subject-vague').getByText(RULE_CATALOG['subject-vague'].title[locale], { exact: true }).waitFor();
  expect(await page.getByTestId('send').textContent()).toBe(playgroundText('send', locale));
  const dialog = await expectAlert(page);
  const text = (await dialog.textContent()) ?? '';
  expect(text).toContain(vagueSubjectMessage(locale));
  expect(await buttonNames(dialog)).toEqual([playgroundText('sendAnyway', locale), playgroundText('dontSend', locale), smartAlertText([], locale).cancelLabel]);
  await dialog.getByRole('button', { name: playgroundText('dontSend', locale) }).click();
  await dialog.waitFor({ state: 'detached' });
}

pageTest(current, 'switching the display language to zh-TW and en-US changes the pane and the dialog', async (page) => {
  await loadExample(page, 'vague-subject', 'subject-vague');
  await expectLanguage(page, 'zh-CN');
  await chooseLanguage(page, 'zh-TW');
  await expectLanguage(page, 'zh-TW');
  await chooseLanguage(page, 'en-US');
  await expectLanguage(page, 'en-US');
});

/** The relative luminance of the pane's background, 0 (black) to 1 (white). */
async function paneBackgroundLuminance(page: Page): Promise<number> {
  const colour = await pane(page).locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

pageTest(current, 'the dark Office theme gives the pane a dark background', async (page) => {
  await loadExample(page, 'vague-subject', 'subject-vague');
  expect(await paneBackgroundLuminance(page)).toBeGreaterThan(0.8);
  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('office-theme').selectOption('dark');
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
  await finding(page, 'subject-vague').waitFor();
  expect(await paneBackgroundLuminance(page)).toBeLessThan(0.05);
});

/**
 * Fluent UI's focus manager (Tabster) puts focus "bumpers" into the page: `aria-hidden` elements
 * that take focus only to pass it on. axe reports them under aria-hidden-focus; Tabster and
 * Accessibility Insights treat them as a known false positive (microsoft/tabster#288), and so do we,
 * for those elements only.
 */
function isTabsterBumper(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/u.test(html);
}

async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterBumper(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html}`).join(', ')}`);
}

pageTest(current, 'axe: the task pane with findings, light and dark, has no serious or critical violations', async (page) => {
  await loadExample(page, 'classified-external', 'sensitive-content');
  expect(await seriousViolations(new AxeBuilder({ page }).include('[data-testid="task-pane"]'))).toEqual([]);
  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('office-theme').selectOption('dark');
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
  await finding(page, 'sensitive-content').waitFor();
  expect(await seriousViolations(new AxeBuilder({ page }).include('[data-testid="task-pane"]'))).toEqual([]);
});

pageTest(current, 'axe: the Smart Alerts dialog has no serious or critical violations', async (page) => {
  await loadExample(page, 'excessive-cc', 'cc-excessive');
  await expectAlert(page);
  expect(await seriousViolations(new AxeBuilder({ page }).include('[data-testid="smart-alert"]'))).toEqual([]);
});

pageTest(current, 'axe: the playground page itself has no serious or critical violations', async (page) => {
  await loadExample(page, 'large-attachment', 'attachment-size');
  expect(await seriousViolations(new AxeBuilder({ page }).exclude('[data-testid="task-pane"]'))).toEqual([]);
});
