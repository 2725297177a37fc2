import { MboxSplitter, type MboxMessage } from './mbox';

/** The splitter's contract, line by line: what it must give however the file is cut into chunks. */
function referenceSplit(text: string, maxMessageBytes: number): MboxMessage[] {
  const messages: MboxMessage[] = [];
  let current: string[] | null = null;
  const finish = (lines: string[]): void => {
    const bytes = Buffer.from(lines.join(''), 'latin1');
    const index = messages.length + 1;
    messages.push(bytes.length > maxMessageBytes ? { index, tooLarge: bytes.length } : { index, bytes });
  };
  for (const line of text.match(/[^\n]*\n|[^\n]+$/gu) ?? []) {
    if (line.startsWith('From ')) {
      if (current) finish(current);
      current = [];
    } else if (current) {
      current.push(/^>+From /u.test(line) ? line.slice(1) : line);
    }
  }
  if (current) finish(current);
  return messages;
}

function split(text: string, chunkSizes: readonly number[], maxMessageBytes: number): MboxMessage[] {
  const bytes = Buffer.from(text, 'latin1');
  const splitter = new MboxSplitter(maxMessageBytes);
  const messages: MboxMessage[] = [];
  let at = 0;
  for (let index = 0; at < bytes.length; index += 1) {
    const size = chunkSizes[index % chunkSizes.length]!;
    messages.push(...splitter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  messages.push(...splitter.end());
  return messages;
}

const MAILBOX = [
  'preamble line\n',
  'From alice@example.com Mon Jan  1 00:00:00 2024\n',
  'From: Alice <alice@example.com>\n',
  'Subject: 会议\n',
  '\n',
  'Fred wrote:\n',
  '>From the minutes\n',
  '>>From an older mail\n',
  '> quoted line\n',
  'F\n',
  '>\n',
  'From\n',
  'Frombefore\n',
  '\n',
  'From bob@example.com Tue Jan  2 00:00:00 2024\r\n',
  'Subject: second\r\n',
  '\r\n',
  '>>>From three\r\n',
  'last line without newline',
].join('');

describe('MboxSplitter', () => {
  it.each([[[1]], [[2]], [[3]], [[7]], [[5, 1, 13]], [[64]], [[1 << 20]]])('gives the line-by-line result with chunks of %j bytes', (chunkSizes) => {
    expect(split(MAILBOX, chunkSizes, 1 << 20)).toEqual(referenceSplit(MAILBOX, 1 << 20));
  });

  it('unquotes one level of >From and keeps other lines starting with F or > as they are', () => {
    const [first, second] = split(MAILBOX, [4096], 1 << 20);
    const text = first && 'bytes' in first ? first.bytes.toString('latin1') : '';
    expect(text).toContain('Fred wrote:\nFrom the minutes\n>From an older mail\n> quoted line\nF\n>\nFrom\nFrombefore\n');
    expect(second && 'bytes' in second ? second.bytes.toString('latin1') : '').toBe('Subject: second\r\n\r\n>>From three\r\nlast line without newline');
  });

  it('reports a message over the limit by its size, at every chunking', () => {
    for (const chunkSizes of [[1], [6], [4096]]) {
      const messages = split(MAILBOX, chunkSizes, 40);
      expect(messages).toEqual(referenceSplit(MAILBOX, 40));
      expect(messages[0]).toEqual({ index: 1, tooLarge: expect.any(Number) });
    }
  });

  it('keeps no text from before the first separator line', () => {
    expect(split('no separator\nFrom nowhere\n', [3], 1 << 20)).toEqual([{ index: 1, bytes: Buffer.alloc(0) }]);
    expect(split('no separator\nat all\n', [3], 1 << 20)).toEqual([]);
  });
});
