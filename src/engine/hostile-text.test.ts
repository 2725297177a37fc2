import { createDraft, DEFAULT_POLICY, evaluate } from '.';
import { TEST_NOW } from '../../test/helpers/rule-tester';

/**
 * Issue 12, «A long line throws»: text the regular expressions of the text layer could not
 * handle made `evaluate` throw a RangeError, and the on-send handler then let the mail go.
 * Sizes are what Outlook can hand the add-in; speed itself is `npm run bench -- hostile`.
 */
const SIX_MB = 6 * 1024 * 1024;

const classifiedToExternal = (body: string) =>
  createDraft({ subject: '【机密】季度报告', body, from: 'zhang.san@contoso.com', to: ['li.si@contoso.com', 'erika@fabrikam.com'] });

describe('a long line never makes evaluate throw', () => {
  test('a 6 MB body of one underscore line: the marked mail to an external address is still blocked', () => {
    const result = evaluate(classifiedToExternal('_'.repeat(SIX_MB)), DEFAULT_POLICY, { now: TEST_NOW });
    expect(result.decision).toBe('block');
    expect(result.findings.find((finding) => finding.rule === 'sensitive-content')?.messageId).toBe('markingToExternal');
  });

  test('a 6 MB line of digits (a bare phone number to the signature check) is checked too', () => {
    const result = evaluate(classifiedToExternal(`您好：\n\n${'1'.repeat(SIX_MB)}`), DEFAULT_POLICY, { now: TEST_NOW });
    expect(result.decision).toBe('block');
  });
});
