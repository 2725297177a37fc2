import { messageLimits } from '../attachments';
import { readAttachmentContents } from './attachment-contents';

const utf8 = (text: string) => new TextEncoder().encode(text);

test('text past the message’s limit is marked cut, on the file it cut and on every file after it', async () => {
  const limit = messageLimits().textChars;
  const [first, second, third] = await readAttachmentContents([
    { name: 'a.txt', bytes: utf8('机密') },
    { name: 'big.txt', bytes: utf8('x'.repeat(limit)) },
    { name: 'after.txt', bytes: utf8('身份证号 11010519491231002X') },
  ]);
  expect(first).toEqual({ scan: 'text', text: '机密' });
  expect(second).toMatchObject({ scan: 'text', cut: true });
  expect(third).toMatchObject({ scan: 'text', cut: true });
  expect(third!.text).not.toContain('11010519491231002X');
});
