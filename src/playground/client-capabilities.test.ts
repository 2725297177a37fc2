import { missingFeatures, smartAlertView, type Feature } from './client-capabilities';
import { MAILBOX_VERSIONS } from './session';

/** What Preflight's on-send handler answers for a warning on Mailbox 1.14+ (Send anyway, the pane's button, Markdown). */
const PROMPT = {
  allowEvent: false,
  errorMessage: 'Preflight found 1 issue(s):\n• vague subject (clause)',
  errorMessageMarkdown: '**Preflight found 1 issue\\(s\\)**\n\n- vague subject _\\(clause\\)_\r',
  cancelLabel: 'Review and fix',
  commandId: 'PreflightOpenPaneButton',
  sendModeOverride: 'promptUser' as const,
};

const MISSING: Readonly<Record<string, readonly Feature[]>> = {
  '1.8': ['composeType', 'events', 'sensitivityLabels', 'officeTheme'],
  '1.10': ['events', 'sensitivityLabels', 'officeTheme'],
  '1.12': ['sensitivityLabels', 'sendAnyway', 'officeTheme', 'markdown'],
  '1.13': ['sendAnyway', 'officeTheme', 'markdown'],
  '1.14': ['markdown'],
  '1.15': [],
};

test.each(Object.entries(MISSING))('a Mailbox %s client lacks %j', (version, missing) => {
  expect(missingFeatures(version)).toEqual(missing);
});

test('every version the playground offers is in that table', () => {
  expect(Object.keys(MISSING).sort()).toEqual([...MAILBOX_VERSIONS].sort());
});

test.each([
  ['1.12', { markdown: null, sendAnyway: false, actionLabel: null }],
  ['1.13', { markdown: null, sendAnyway: false, actionLabel: null }],
  ['1.14', { markdown: null, sendAnyway: true, actionLabel: 'Review and fix' }],
  ['1.15', { markdown: PROMPT.errorMessageMarkdown, sendAnyway: true, actionLabel: 'Review and fix' }],
])('the Smart Alerts dialog on Mailbox %s', (version, expected) => {
  expect(smartAlertView(PROMPT, version)).toEqual({ text: PROMPT.errorMessage, ...expected });
});

test('a block offers no Send anyway on any version', () => {
  const { sendModeOverride: _dropped, ...block } = PROMPT;
  expect(smartAlertView(block, '1.15')).toMatchObject({ sendAnyway: false, actionLabel: 'Review and fix' });
});
