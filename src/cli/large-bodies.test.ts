import PostalMime from 'postal-mime';
import { emlToDraft } from './eml';
import { LARGE_TEXT_BYTES } from './large-bodies';

const HEADER = 'From: a@contoso.com\r\nTo: b@contoso.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n';
const LINES = Math.ceil(LARGE_TEXT_BYTES / 40) + 1;

function message(contentType: string, encoding: string, body: string): Buffer {
  return Buffer.from(`${HEADER}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n开头\r\n--b\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n--b--\r\n`);
}

/**
 * Where two long texts part, as a few characters around the first difference: a plain
 * `toBe` on megabytes of text prints a diff of megabytes (and Jest took minutes to build it).
 */
function difference(actual: string, expected: string): null | { index: number; lengths: number[]; actual: string; expected: string } {
  if (actual === expected) return null;
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 40));
  return { index, lengths: [actual.length, expected.length], actual: around(actual), expected: around(expected) };
}

async function postalMimeText(bytes: Buffer): Promise<string> {
  return ((await PostalMime.parse(bytes)).text ?? '').replace(/\r\n?/gu, '\n');
}

test.each([
  ['format=flowed with delsp', 'text/plain; charset=utf-8; format=flowed; delsp=yes', '8bit', `${'第三季度预算 \r\n已审核通过。\r\n'.repeat(LINES)}-- \r\n张三`],
  ['quoted-printable', 'text/plain; charset=utf-8', 'quoted-printable', `${'=E9=A2=84=E7=AE=97 budget=\r\n line\r\n'.repeat(LINES)}end`],
  ['base64', 'text/plain; charset=utf-8', 'base64', Buffer.from(`${'预算 budget line\r\n'.repeat(LINES)}end`).toString('base64').replace(/.{76}/gu, '$&\r\n')],
])('a large %s body reads as postal-mime reads it', async (_name, contentType, encoding, body) => {
  const bytes = message(contentType, encoding, body);
  expect(difference((await emlToDraft(bytes)).body, await postalMimeText(bytes))).toBeNull();
});
