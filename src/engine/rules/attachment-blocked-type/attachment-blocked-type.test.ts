import fc from 'fast-check';
import { runRuleTests } from '../../../../test/helpers/rule-tester';
import { extensionOf } from '.';

const BODY = '李四：\n\n附件是安装说明，下周例会上讨论。\n\n张三';
const blocked = (names: string) => ({ messageId: 'blocked', data: { names }, field: 'attachments' }) as const;
const file = (name: string, inline = false) => ({ name, size: 1_000, inline });

runRuleTests('attachment-blocked-type', {
  valid: [
    { name: 'a document', draft: { body: BODY, attachments: [file('report.pdf')] } },
    { name: 'an archive', draft: { body: BODY, attachments: [file('tools.zip')] } },
    { name: 'an executable extension inside the name', draft: { body: BODY, attachments: [file('setup.exe.txt')] } },
    { name: 'a Chinese document name', draft: { body: BODY, attachments: [file('安装说明.docx')] } },
    { name: 'a replaced list without js', draft: { body: BODY, attachments: [file('chart.js')] }, policy: { rules: { 'attachment-blocked-type': { extensions: { replace: ['exe'] } } } } },
  ],
  invalid: [
    {
      name: 'an added extension keeps the built-in ones (.apk added, .exe still blocked)',
      draft: { body: BODY, attachments: [file('setup.exe'), file('app.apk')] },
      policy: { rules: { 'attachment-blocked-type': { extensions: ['apk'] } } },
      errors: [blocked('setup.exe、app.apk')],
    },
    { name: 'an upper-case .EXE', draft: { body: BODY, attachments: [file('setup.EXE')] }, errors: [blocked('setup.EXE')] },
    { name: 'a full-width name (工具．ｅｘｅ)', draft: { body: BODY, attachments: [file('工具．ｅｘｅ')] }, errors: [blocked('工具．ｅｘｅ')] },
    { name: 'trailing dots and spaces that Windows drops', draft: { body: BODY, attachments: [file('a.exe. ')] }, errors: [blocked('a.exe. ')] },
    { name: 'a double extension', draft: { body: BODY, attachments: [file('invoice.pdf.js')] }, errors: [blocked('invoice.pdf.js')] },
    { name: 'a Traditional Chinese script name', draft: { body: BODY, attachments: [file('巨集.vbs')] }, errors: [blocked('巨集.vbs')] },
    { name: 'a PowerShell script and an installer, listed together', draft: { body: BODY, attachments: [file('run.ps1'), file('readme.txt'), file('setup.msi')] }, errors: [blocked('run.ps1、setup.msi')] },
    { name: 'an inline attachment is still a file', draft: { body: BODY, attachments: [file('screen.scr', true)] }, errors: [blocked('screen.scr')] },
    { name: 'an extension the policy lists, written with a dot', draft: { body: BODY, attachments: [file('macro.docm')] }, policy: { rules: { 'attachment-blocked-type': { extensions: ['.DOCM'] } } }, errors: [blocked('macro.docm')] },
    { name: 'severity raised to block', draft: { body: BODY, attachments: [file('setup.exe')] }, policy: { rules: { 'attachment-blocked-type': { severity: 'block' } } }, errors: [{ ...blocked('setup.exe'), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'extensions as a string', options: { extensions: 'exe' }, path: '$.rules["attachment-blocked-type"].extensions' },
    { name: 'an empty extension', options: { extensions: ['exe', ''] }, path: '$.rules["attachment-blocked-type"].extensions[1]' },
  ],
});

describe('extensionOf', () => {
  /** What it did with a pattern that retried a run of dots and spaces from each of its characters (quadratic). */
  const oldExtensionOf = (fileName: string) => {
    const cleaned = fileName.normalize('NFKC').trim().replace(/[.\s]+$/u, '').toLowerCase();
    const dot = cleaned.lastIndexOf('.');
    return dot < 0 ? '' : cleaned.slice(dot + 1);
  };

  test.each([
    ['a.exe. ', 'exe'],
    ['A.EXE . . .', 'exe'],
    ['a. exe', ' exe'],
    ['  .exe', 'exe'],
    ['. . .', ''],
    ['工具．ｅｘｅ　', 'exe'],
    ['readme', ''],
  ])('%s → "%s"', (name, expected) => {
    expect(extensionOf(name)).toBe(expected);
    expect(oldExtensionOf(name)).toBe(expected);
  });

  test('agrees with the pattern it replaces on any short name (property)', () => {
    const unit = fc.constantFrom('a', 'E', '.', ' ', '\u3000', '．', 'ｅ', '\t', '😀');
    fc.assert(fc.property(fc.string({ unit, maxLength: 16 }), (name) => expect(extensionOf(name)).toBe(oldExtensionOf(name))), { numRuns: 3000 });
  });
});
