/**
 * Bounding how deep an HTML document nests before html-to-text sees it. html-to-text walks the
 * element tree recursively (2,000 nested `<div>`s overflow the stack) and its parser's stack
 * costs time in proportion to its depth (quadratic overall). Start tags past the limit are
 * dropped with their end tags; all text stays, so nothing hidden deep inside escapes the check.
 * The nesting is followed the way htmlparser2 builds it: void elements, the end tags that close
 * several elements, and the start tags that close others (`<td>` closes an open `<td>`).
 */

/** Real mail nests a few dozen levels (layout tables in tables); far below where the stack runs out. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is text up to their end tag (htmlparser2's special tags). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];

/** htmlparser2's openImpliesClose: a start tag closes these while they are the current element. */
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM])),
    ...Object.fromEntries(
      ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
        (name) => [name, P],
      ),
    ),
  }).map(([name, closes]) => [name, new Set(closes)]),
);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just after the tag's `>` (or the end of the text). */
  readonly end: number;
}

/**
 * The document with at most `maxDepth` elements open at any point; unchanged when it never
 * nests deeper. One pass, no recursion.
 */
export function limitHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const open: string[] = [];
  /** Dropped start tags per name whose end tag is still to come. */
  const dropped = new Map<string, number>();
  const kept: string[] = [];
  let copiedUpTo = 0;
  const drop = (from: number, to: number): void => {
    kept.push(html.slice(copiedUpTo, from));
    copiedUpTo = to;
  };
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at)) {
    const tag = readTag(html, at);
    if (tag === null) {
      at = skipMarkup(html, at);
      continue;
    }
    if (tag.closing) {
      if (closeElement(tag.name, open, dropped)) drop(at, tag.end);
    } else if (openElement(tag.name, open, maxDepth)) {
      dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
      drop(at, tag.end);
    }
    at = !tag.closing && RAW_TEXT.has(tag.name) ? endOfRawText(html, tag.name, tag.end) : tag.end;
  }
  if (copiedUpTo === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

/** Updates the open elements for a start tag; true when the tag is past the limit and is dropped. */
function openElement(name: string, open: string[], maxDepth: number): boolean {
  const closes = IMPLIES_CLOSE.get(name);
  while (closes && open.length > 0 && closes.has(open[open.length - 1]!)) open.pop();
  if (VOID.has(name) || RAW_TEXT.has(name)) return false;
  if (open.length >= maxDepth) return true;
  open.push(name);
  return false;
}

/** Updates the open elements for an end tag; true when it ends a dropped element and is dropped too. */
function closeElement(name: string, open: string[], dropped: Map<string, number>): boolean {
  const pending = dropped.get(name) ?? 0;
  if (pending > 0) {
    dropped.set(name, pending - 1);
    return true;
  }
  const position = open.lastIndexOf(name);
  if (position >= 0) {
    open.length = position;
    // The dropped elements were inside the ones this end tag closes: they are closed too.
    dropped.clear();
  }
  return false;
}

const NAME_START = /[A-Za-z]/u;
const NAME_END = /[\s/>]/u;

/** The start or end tag at `at` (a `<`), or null when `<` does not open one there. */
function readTag(html: string, at: number): Tag | null {
  const closing = html[at + 1] === '/';
  const nameStart = closing ? at + 2 : at + 1;
  if (!NAME_START.test(html[nameStart] ?? '')) return null;
  let nameEnd = nameStart + 1;
  while (nameEnd < html.length && !NAME_END.test(html[nameEnd]!)) nameEnd += 1;
  return { name: html.slice(nameStart, nameEnd).toLowerCase(), closing, end: endOfTag(html, nameEnd) };
}

/** Just after the `>` that ends a tag, skipping quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote: string | null = null;
  for (let at = from; at < html.length; at += 1) {
    const char = html[at]!;
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '>') {
      return at + 1;
    } else if ((char === '"' || char === "'") && html[previousNonSpace(html, at, from)] === '=') {
      quote = char;
    }
  }
  return html.length;
}

function previousNonSpace(html: string, at: number, floor: number): number {
  let index = at - 1;
  while (index > floor && /\s/u.test(html[index]!)) index -= 1;
  return index;
}

/** Past a comment, declaration or processing instruction at `at`, or past a `<` that is text. */
function skipMarkup(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (html[at + 1] === '!' || html[at + 1] === '?' || (html[at + 1] === '/' && html[at + 2] !== undefined)) {
    const end = html.indexOf('>', at + 2);
    return end < 0 ? html.length : end + 1;
  }
  return at + 1;
}

/** Just before the end tag of a raw-text element (its content holds no tags). */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}`, 'giu');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}
