import { limitHtmlDepth } from './html-depth';
import { htmlToText } from './html-to-text';

test('a document within the limit is returned as it is', () => {
  const html = '<table><tr><td><div>a</div><p>b<p>c</td><td><br>d</td></tr></table><script>"<div>"</script>';
  expect(limitHtmlDepth(html, 4)).toBe(html);
});

test('start tags past the limit are dropped with their end tags; the text stays', () => {
  expect(limitHtmlDepth('<div><div><div>x</div>y</div>z</div>', 2)).toBe('<div><div>xy</div>z</div>');
  expect(limitHtmlDepth('<b><i><u>x</u></i></b>', 2)).toBe('<b><i>x</i></b>');
});

test('elements that close implicitly do not add depth', () => {
  const cells = '<table>' + '<tr><td>a<td>b'.repeat(50) + '</table>';
  expect(limitHtmlDepth(cells, 3)).toBe(cells);
  const paragraphs = '<div>' + '<p>x'.repeat(50) + '</div>';
  expect(limitHtmlDepth(paragraphs, 2)).toBe(paragraphs);
});

test('quoted attribute values, comments and raw text do not open elements', () => {
  const html = '<div title="<div>" data-x=\'>\'><!-- <div> --><style>div{}<div></style>x</div>';
  expect(limitHtmlDepth(html, 1)).toBe(html);
});

test.each([
  ['2,000 nested <div>s', '<div>'.repeat(2_000), '</div>'.repeat(2_000)],
  ['1,000 nested tables', '<table><tr><td>'.repeat(1_000), '</td></tr></table>'.repeat(1_000)],
  ['50,000 unclosed <span>s', '<span>'.repeat(50_000), ''],
])('htmlToText reads %s without overflowing the stack', (_name, open, close) => {
  expect(htmlToText(`${open}机密合同${close}`).trim()).toBe('机密合同');
});
