import { quotedSubject, authorTextEnd, splitQuoted } from './quoted';

describe('splitQuoted', () => {
  test('keeps a body without history whole', () => {
    const body = '李经理：\n\n预算表见附件。\n\n张三';
    expect(splitQuoted(body)).toEqual({ author: body, quoted: '' });
  });

  test('Outlook -----Original Message----- separator', () => {
    const { author, quoted } = splitQuoted('Thanks, see below.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nPlease find it attached.');
    expect(author).toBe('Thanks, see below.');
    expect(quoted).toContain('Please find it attached.');
  });

  test('Simplified Chinese header block (发件人/发送时间/收件人/主题)', () => {
    const body = '收到，我12月8日上午可以参加。\n\n发件人: 李四 <li.si@contoso.com>\n发送时间: 2026年11月21日 9:00\n收件人: 销售部\n主题: 例会\n\n附件是议程。';
    const { author, quoted } = splitQuoted(body);
    expect(author).toBe('收到，我12月8日上午可以参加。');
    expect(quoted).toMatch(/^发件人/u);
    expect(quoted).toContain('附件是议程');
  });

  test('Traditional Chinese header block (寄件者/寄件日期/收件者/主旨) with full-width colons', () => {
    const body = '好的，謝謝。\n\n寄件者：陳大文\n寄件日期：2026年11月20日\n收件者：王五\n主旨：會議\n\n請確認出席人數。';
    const { author } = splitQuoted(body);
    expect(author).toBe('好的，謝謝。');
  });

  test('Outlook underscore separator line followed by a From: block', () => {
    const body = 'OK.\n________________________________\nFrom: Jane <jane@contoso.com>\nSent: Friday\nTo: John\nSubject: report\n\nattached';
    expect(splitQuoted(body).author).toBe('OK.');
  });

  test('a lone "From:" line in prose is not a header block', () => {
    const body = 'From: the finance team, a short update.\nThe numbers are final.';
    expect(splitQuoted(body).author).toBe(body);
  });

  test('On … wrote: (Gmail/Apple), also wrapped over two lines', () => {
    expect(splitQuoted('Sounds good.\n\nOn Tue, 3 Dec 2026 at 10:00, Bob <bob@x.com> wrote:\n> attached').author).toBe('Sounds good.');
    expect(splitQuoted('Sounds good.\n\nOn Tue, 3 Dec 2026 at 10:00, Bob\n<bob@x.com> wrote:\n> attached').author).toBe('Sounds good.');
  });

  test('在 … 写道： and 寫道：', () => {
    expect(splitQuoted('同意。\n在 2026年11月20日 10:15，张三 写道：\n> 见附件').author).toBe('同意。');
    expect(splitQuoted('同意。\n在 2026年11月20日 10:15，陳大文 寫道：\n> 見附件').author).toBe('同意。');
  });

  test('a run of > lines is quoted even with no header above it, and the text after it is the author’s', () => {
    const { author, quoted } = splitQuoted('> please confirm by Friday\n> thanks\n\nConfirmed.');
    expect(author).toBe('Confirmed.');
    expect(quoted).toBe('> please confirm by Friday\n> thanks');
  });

  test('forwarded message separators in English and Chinese', () => {
    expect(splitQuoted('FYI\n---------- Forwarded message ---------\nFrom: a').author).toBe('FYI');
    expect(splitQuoted('转给你看看\n------------------ 原始邮件 ------------------\n发件人: a').author).toBe('转给你看看');
  });

  test('CRLF line endings', () => {
    expect(splitQuoted('Hi\r\n\r\n-----Original Message-----\r\nFrom: x').author).toBe('Hi');
  });
});

describe('authorTextEnd', () => {
  test('is the end of the author’s last line before the quoted history', () => {
    const body = 'Hi Bob,\nAgreed.\n\n-----Original Message-----\nFrom: Bob\nSent: x\nRegards';
    expect(body.slice(0, authorTextEnd(body))).toBe('Hi Bob,\nAgreed.');
  });

  test('skips trailing > quotes and white space when there is no header', () => {
    expect(authorTextEnd('Yes.\n\n> are you in?\n')).toBe(4);
    expect(authorTextEnd('谢谢！\n张三\n\n')).toBe('谢谢！\n张三'.length);
  });
});

describe('quotedSubject: the subject of the first quoted header block', () => {
  test.each([
    ['Outlook English', 'OK.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday\nTo: Alice\nCc: Carol\nSubject: Q3 budget\n\nHi', 'Q3 budget'],
    ['Outlook Simplified', '好的\n\n发件人: 李四\n发送时间: 周一\n收件人: 张三\n主题: 你好\n\n张三：', '你好'],
    ['Outlook Traditional', '好的\n\n寄件者: 李四\n寄件日期: 週一\n收件者: 張三\n主旨: 預算\n\n張三：', '預算'],
    ['quoted with > markers and bold labels', '好的\n\n> *From:* Bob\n> *Sent:* Monday\n> *Subject:* RE: plan\n>\n> text', 'RE: plan'],
    ['only the first header block counts', 'ok\n\nFrom: B\nSubject: second\n\nx\n\nFrom: C\nSubject: first\n', 'second'],
  ])('%s', (_name, body, expected) => {
    expect(quotedSubject(body)).toBe(expected);
  });

  test.each([
    ['no history', '李四：\n\n主题: 这只是正文里的一行\n谢谢'],
    ['Gmail On … wrote:', 'ok\n\nOn Mon, Bob wrote:\n> hi'],
    ['a header block without a subject line', 'ok\n\nFrom: Bob\nSent: Monday\n\nSubject: later text'],
  ])('none: %s', (_name, body) => {
    expect(quotedSubject(body)).toBeNull();
  });
});

describe('separator lines of any length', () => {
  test.each([
    ['ten underscores', '__________', true],
    ['nine underscores', '_________', false],
    ['a 6 MB line of underscores (a stack overflow before)', '_'.repeat(6 * 1024 * 1024), true],
    ['two dashes each side', '--Original Message--', true],
    ['a long run of dashes each side', `${'-'.repeat(100_000)} Forwarded message ${'-'.repeat(100_000)}`, true],
    ['one dash each side', '-Original Message-', false],
    ['Forwarded by, three dashes each side', '---------------------- Forwarded by Bob on 11/20/2026 ---------------------------', true],
  ])('%s', (_name, separator, isSeparator) => {
    const { author, quoted } = splitQuoted(`OK.\n${separator}\nolder text`);
    expect(author).toBe(isSeparator ? 'OK.' : `OK.\n${separator}\nolder text`);
    expect(quoted).toBe(isSeparator ? `${separator}\nolder text` : '');
  });
});

describe('authorTextEnd', () => {
  test('ends after the last non-blank character, spaces inside a line kept', () => {
    const body = `a${' '.repeat(50_000)}b   \n\n-----Original Message-----\nFrom: Bob\nSent: Monday`;
    expect(authorTextEnd(body)).toBe(50_002);
  });

  test('trailing white space of every kind is left out, as String#trimEnd does', () => {
    const line = 'text\u3000\u00a0\t \u2028\ufeff';
    expect(authorTextEnd(line)).toBe(line.trimEnd().length);
  });
});
