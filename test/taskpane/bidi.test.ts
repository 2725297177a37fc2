import { DEFAULT_POLICY, evaluate, parseDraft, type Finding } from '../../src/engine';
import { codePointName, fixTitleParts, messageParts, revealBidiControls, templateParts, type Part } from '../../src/taskpane/bidi';

const joined = (parts: readonly Part[]) => parts.map((part) => part.text).join('');

describe('revealBidiControls', () => {
  test('every direction control is a piece of its own, named by its code point', () => {
    const controls = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) {
      expect(revealBidiControls(`a${control}b`)).toEqual([
        { kind: 'text', text: 'a' },
        { kind: 'control', code: codePointName(control) },
        { kind: 'text', text: 'b' },
      ]);
    }
    expect(codePointName('\u202E')).toBe('U+202E');
    expect(codePointName('\u061C')).toBe('U+061C');
  });

  test('text without controls, Hebrew and Arabic letters included, is one piece, unchanged', () => {
    expect(revealBidiControls('invoice.pdf')).toEqual([{ kind: 'text', text: 'invoice.pdf' }]);
    expect(revealBidiControls('חשבונית.pdf')).toEqual([{ kind: 'text', text: 'חשבונית.pdf' }]);
    expect(revealBidiControls('')).toEqual([]);
    expect(revealBidiControls('\u202E\u202E')).toEqual([
      { kind: 'control', code: 'U+202E' },
      { kind: 'control', code: 'U+202E' },
    ]);
  });
});

describe('templateParts', () => {
  test('our words and the values put into them, as formatMessage fills them', () => {
    expect(templateParts('附件 {{names}} 是可执行文件（{{count}}）', { names: 'a.exe', count: 2 })).toEqual([
      { kind: 'words', text: '附件 ' },
      { kind: 'value', text: 'a.exe' },
      { kind: 'words', text: ' 是可执行文件（' },
      { kind: 'value', text: '2' },
      { kind: 'words', text: '）' },
    ]);
  });

  test('an unknown placeholder stays visible as words; a value that looks like a placeholder stays a value', () => {
    expect(joined(templateParts('{{a}} {{missing}}', { a: '{{missing}}' }))).toBe('{{missing}} {{missing}}');
    expect(templateParts('{{a}} {{missing}}', { a: '{{missing}}' }).filter((part) => part.kind === 'value')).toEqual([{ kind: 'value', text: '{{missing}}' }]);
  });
});

function findings(input: Parameters<typeof parseDraft>[0], locale: 'zh-CN' | 'zh-TW' | 'en-US'): Finding[] {
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error('draft does not parse');
  return [...evaluate(parsed.draft, DEFAULT_POLICY, { locale }).findings];
}

describe('messageParts and fixTitleParts', () => {
  const draft = {
    subject: '紧急：\u202Egnp.exe',
    body: '你好\n\n请查收附件，身份证号 11010519491231002X。',
    from: 'zhang.san@contoso.com',
    to: ['erika@fabrikam.com', 'li.si@contoso.com', 'li.si@contoso.com'],
    cc: ['li.si@contoso.com'],
    attachments: [{ name: 'invoice\u202Egnp.exe', size: 10 }],
  };

  test.each(['zh-CN', 'zh-TW', 'en-US'] as const)('in %s, every message and fix label is its parts joined, with each piece of data a value', (locale) => {
    const all = findings(draft, locale);
    expect(all.length).toBeGreaterThan(3);
    for (const finding of all) {
      const parts = messageParts(finding);
      expect(joined(parts)).toBe(finding.message);
      expect(parts.some((part) => part.kind === 'words')).toBe(true);
      for (const fix of finding.fixes) expect(joined(fixTitleParts(finding, fix))).toBe(fix.title);
    }
    const blocked = all.find((finding) => finding.rule === 'attachment-blocked-type')!;
    expect(messageParts(blocked).filter((part) => part.kind === 'value')).toEqual([{ kind: 'value', text: 'invoice\u202Egnp.exe' }]);
  });

  test('a message no template gives is one value as a whole', () => {
    const finding = { ...findings(draft, 'en-US')[0]!, message: 'Something \u202Eelse' };
    expect(messageParts(finding)).toEqual([{ kind: 'value', text: 'Something \u202Eelse' }]);
  });
});
