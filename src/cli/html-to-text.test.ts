import { htmlToText, looksLikeHtml } from './html-to-text';

test('drops tags, style, script and head; decodes entities and <br>; keeps link text without the URL', () => {
  const html = '<html><head><title>T</title><style>p{color:red}</style></head><body><script>var a = 1;</script><p>您好&nbsp;张三&amp;李四<br>附件见<a href="https://x.example/f">此处</a></p></body></html>';
  expect(htmlToText(html)).toBe('您好 张三&李四\n附件见此处');
});

test('quotes become > lines and headings keep their case', () => {
  expect(htmlToText('<h2>Agenda</h2><blockquote>see below</blockquote>')).toBe('Agenda\n\n> see below');
});

test('an "HTML" part without tags keeps its line breaks', () => {
  expect(htmlToText('第一行\n第二行 &amp; more')).toBe('第一行\n第二行 & more');
});

test('looksLikeHtml', () => {
  expect(looksLikeHtml('<HTML><BODY>hi</BODY></HTML>')).toBe(true);
  expect(looksLikeHtml('x < y and y > z')).toBe(false);
});
