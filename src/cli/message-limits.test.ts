import { countDelimiterLines } from './message-limits';

const message = (contentType: string, body: string) => Buffer.from(`Subject: x\r\nContent-Type: ${contentType}\r\n\r\n${body}`, 'latin1');

test('counts the delimiter lines of the declared boundaries, closing ones and trailing blanks included', () => {
  const body = '--b1\r\nContent-Type: multipart/alternative;\r\n boundary="b 2"\r\n\r\n--b 2\r\n\r\nx\r\n--b 2-- \r\n--b1\r\n\r\ny\r\n--b1--\r\n';
  expect(countDelimiterLines(message('multipart/mixed; BOUNDARY=b1', body))).toBe(5);
});

test('lines that only look like delimiters, and messages without a boundary, count nothing', () => {
  expect(countDelimiterLines(message('multipart/mixed; boundary=b1', '-- \r\n--\r\n-----Original Message-----\r\n--b1x\r\n'))).toBe(0);
  expect(countDelimiterLines(message('text/plain', '--b\n'.repeat(100)))).toBe(0);
});

test('a boundary in a form not read here (RFC 2231, escapes, empty) makes every -- line count', () => {
  for (const type of ['multipart/mixed; boundary*0="b"', 'multipart/mixed; boundary="\\b"', 'multipart/mixed; boundary=']) {
    expect(countDelimiterLines(message(type, '--b\n\n--c\n'))).toBe(2);
  }
});

test('stops counting past the limit it is given', () => {
  expect(countDelimiterLines(message('multipart/mixed; boundary=b', '--b\n'.repeat(1000)), 10)).toBe(11);
});

test('a -- line with a long run of blanks before its end is read once, not from each blank (it was quadratic: minutes for one crafted line)', () => {
  const blanks = ' \t'.repeat(1_000_000);
  expect(countDelimiterLines(message('multipart/mixed; boundary=b', `--b${blanks}x\r\n--b${blanks}\r\n`))).toBe(1);
});
