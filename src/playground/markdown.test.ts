import { escapeMarkdown, smartAlertText } from '../office/smart-alert';
import { parseInline, parseMarkdown, plainText } from './markdown';

describe('the Smart Alerts Markdown subset', () => {
  test('bold, italics and list items', () => {
    expect(parseMarkdown('**Preflight found 2 issue(s)**\n- one _(001)_\n- two')).toEqual([
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
    const text = smartAlertText([finding], 'zh-CN');
    expect(plainText(parseMarkdown(text.errorMessageMarkdown))).toBe('Preflight 发现 1 个问题\n主题“你好”过于笼统 (see 1.2)! (001 二(一)1)');
  });
});
