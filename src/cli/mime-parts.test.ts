import { decodeTransferEncoding, findTextParts, hasMultipartBody, headerParameter, mediaTypeOf, readEntity } from './mime-parts';
import { decodeQuotedPrintable } from './quoted-printable';

const message = (text: string) => readEntity(Buffer.from(text.replace(/\n/gu, '\r\n'), 'latin1'));

test('readEntity splits headers (unfolded, case-insensitive) from the body', () => {
  const entity = message('Subject: a\n b\nContent-Type: text/plain;\n\tcharset="gb2312"\n\nbody\n');
  expect(entity.headers.get('SUBJECT')).toBe('a b');
  expect(headerParameter(entity.headers.get('content-type'), 'charset')).toBe('gb2312');
  expect(entity.body.toString()).toBe('body\r\n');
});

test('mediaTypeOf defaults to text/plain', () => {
  expect(mediaTypeOf(message('Subject: x\n\nbody').headers)).toBe('text/plain');
});

test('findTextParts walks nested multiparts, skips attachments, and undoes transfer encodings', () => {
  const entity = message(`Content-Type: multipart/mixed; boundary="outer"

preamble
--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

caf=C3=A9 =
ok
--inner
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PHA+aGk8L3A+
--inner--
--outer
Content-Type: text/plain; name=notes.txt
Content-Disposition: attachment; filename=notes.txt

attached
--outer--
`);
  expect(hasMultipartBody(entity)).toBe(true);
  expect(findTextParts(entity).map((part) => [part.mediaType, part.charset, part.bytes.toString('utf8')])).toEqual([
    ['text/plain', 'utf-8', 'café ok'],
    ['text/html', 'utf-8', '<p>hi</p>'],
  ]);
});

test('a multipart whose boundary lines are gone has no parts', () => {
  const entity = message('Content-Type: multipart/alternative; boundary="----=_NextPart_000"\n\nbare text\n');
  expect(hasMultipartBody(entity)).toBe(false);
  expect(findTextParts(entity)).toEqual([]);
});

test('a "base64" body with 8-bit bytes is taken as it is', () => {
  const bytes = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]);
  expect(decodeTransferEncoding(bytes, 'base64')).toEqual(bytes);
  expect(decodeTransferEncoding(Buffer.from('xOO6ww=='), 'base64')).toEqual(bytes);
});

test('quoted-printable: soft breaks, escapes, and a stray = kept', () => {
  expect(decodeQuotedPrintable(Buffer.from('a=3Db =\r\nc = d=\nend')).toString('latin1')).toBe('a=b c = dend');
});
