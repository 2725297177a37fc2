import { escapeMarkdown, smartAlertText } from '../office/smart-alert';
import { parseInline, parseMarkdown, plainText } from './markdown';

describe('the Smart Alerts Markdown subset', () => {
  test('bold, italics and list items: \\n\\n starts a paragraph, \\r ends an item', () => {
    expect(parseMarkdown('**Preflight found 2 issue(s)**\n\n- one _(001)_\r- two\r')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'strong', children: [{ kind: 'text', text: 'Preflight found 2 issue(s)' }] }] },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: 'one ' }, { kind: 'em', children: [{ kind: 'text', text: '(001)' }] }],
          [{ kind: 'text', text: 'two' }],
        ],
      },
    ]);
  });

  test('a single \\n breaks nothing, as in Outlook: title and items run on as one paragraph', () => {
    expect(plainText(parseMarkdown('**Preflight found 2 issue(s)**\n- one\n- two'))).toBe('Preflight found 2 issue(s) - one - two');
    expect(parseMarkdown('**Preflight found 2 issue(s)**\n- one\n- two')).toHaveLength(1);
  });

  test('escaped control characters are literal text, never markup', () => {
    const hostile = '**<img src=x onerror=alert(1)>** _x_ \\ [link](javascript:alert(1))';
    const blocks = parseMarkdown(escapeMarkdown(hostile));
    expect(blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: hostile }] }]);
  });

  test('an unclosed delimiter stays as it is', () => {
    expect(parseInline('5 * 3 and a_b')).toEqual([{ kind: 'text', text: '5 * 3 and a_b' }]);
    expect(parseInline('**open')).toEqual([{ kind: 'text', text: '**open' }]);
  });

  test('bold inside italics', () => {
    expect(parseInline('*a **b** c*')).toEqual([{ kind: 'em', children: [{ kind: 'text', text: 'a ' }, { kind: 'strong', children: [{ kind: 'text', text: 'b' }] }, { kind: 'text', text: ' c' }] }]);
  });

  test('the on-send handler’s own Markdown reads back as its plain text', () => {
    const finding = { rule: 'subject-vague', severity: 'warning', messageId: 'vague', data: {}, message: '主题“你好”过于笼统 (see 1.2)!', clause: '001 二(一)1', fixes: [] } as never;
    const text = smartAlertText([finding], 'zh-CN', { 'subject-vague': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } });
    expect(plainText(parseMarkdown(text.errorMessageMarkdown))).toBe('Preflight 发现 1 个问题\n主题“你好”过于笼统 (see 1.2)!（001 二(一)1）');
    expect(parseMarkdown(text.errorMessageMarkdown).map((block) => block.kind)).toEqual(['paragraph', 'list']);
  });

  test('findings that do not fit become a last list item counting the rest', () => {
    const finding = (i: number) => ({ rule: 'subject-vague', severity: 'warning', messageId: 'vague', data: {}, message: `第 ${i} 条：${'很长的说明'.repeat(12)}`, clause: '001 二(一)1', fixes: [] }) as never;
    const text = smartAlertText(Array.from({ length: 9 }, (_, i) => finding(i + 1)), 'zh-CN', { 'subject-vague': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } });
    expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(500);
    const blocks = parseMarkdown(text.errorMessageMarkdown);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'list']);
    const items = blocks[1]!.kind === 'list' ? blocks[1]!.items.map((item) => plainText([{ kind: 'paragraph', content: item }])) : [];
    const shown = items.length - 1;
    expect(shown).toBeGreaterThan(0);
    expect(items[items.length - 1]).toBe(`……还有 ${9 - shown} 项，请在 Preflight 窗格中查看。`);
    expect(text.errorMessage.split('\n').slice(1, -1)).toHaveLength(shown);
  });

  const warning = (message: string, clause = '001 二(一)1') => ({ rule: 'external-recipients', severity: 'warning', messageId: 'm', data: {}, message, clause, fixes: [] }) as never;
  const itemsOf = (markdown: string) => {
    const list = parseMarkdown(markdown).find((block) => block.kind === 'list');
    return list && list.kind === 'list' ? list.items.map((item) => plainText([{ kind: 'paragraph', content: item }])) : [];
  };

  test('one very long finding is cut short instead of hiding the findings after it', () => {
    const domains = Array.from({ length: 40 }, (_, i) => `partner-${i}.example.com`).join('、');
    const text = smartAlertText([warning(`收件人包含外部域名：${domains}`), warning('抄送人数过多'), warning('主题不明确')], 'zh-CN', { 'external-recipients': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } });
    const items = itemsOf(text.errorMessageMarkdown);
    expect(items).toHaveLength(3);
    expect(items[0]!.startsWith('收件人包含外部域名：partner-0.example.com')).toBe(true);
    expect(items[0]).toContain('…');
    expect(items.slice(1)).toEqual(['抄送人数过多（001 二(一)1）', '主题不明确（001 二(一)1）']);
    expect(text.errorMessage).toContain('• 主题不明确');
  });

  test('a line break inside a finding (a subject, a display name) cannot end its list item early', () => {
    const text = smartAlertText([warning('主题“预算\r- 伪造的一项\n审批”过于笼统'), warning('抄送人数过多')], 'zh-CN', { 'external-recipients': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } });
    expect(itemsOf(text.errorMessageMarkdown)).toEqual(['主题“预算 - 伪造的一项 审批”过于笼统（001 二(一)1）', '抄送人数过多（001 二(一)1）']);
    expect(text.errorMessage.split('\n')).toHaveLength(3);
  });

  test('an admin’s long clause text is cut too, and every dialog stays within 500 characters', () => {
    const clause = '《信息安全管理办法》'.repeat(40);
    const text = smartAlertText(Array.from({ length: 6 }, (_, i) => warning(`第 ${i + 1} 项`, clause)), 'en-US', { 'external-recipients': { 'zh-CN': 'x', 'zh-TW': 'x', 'en-US': 'x' } });
    expect(text.errorMessageMarkdown.length).toBeLessThanOrEqual(500);
    expect(text.errorMessage.length).toBeLessThanOrEqual(500);
    const items = itemsOf(text.errorMessageMarkdown);
    expect(items[items.length - 1]).toMatch(/^…and \d+ more in the Preflight pane\.$/u);
  });
});
