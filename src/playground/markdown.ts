/**
 * The Markdown Outlook renders in a Smart Alerts message, and no more: paragraphs, `- ` / `* `
 * list items, `**bold**`, `_italics_` / `*italics*` and backslash escapes. The result is data that
 * the dialog renders as React elements, so message text is never interpreted as HTML.
 *
 * Line breaks follow Outlook's rules, so the playground shows what Outlook shows: `\n\n` starts
 * a new paragraph, `\r` ends a list item, and a single `\n` breaks nothing (the text runs on).
 */
export type Inline = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] };

export type Block = { readonly kind: 'paragraph'; readonly content: readonly Inline[] } | { readonly kind: 'list'; readonly items: ReadonlyArray<readonly Inline[]> };

const LIST_ITEM = /^\s*[-*+]\s+/u;
/** CommonMark: any ASCII punctuation may be escaped. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/u;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.split('\n\n').flatMap((paragraph) => paragraph.split('\r')).map((line) => line.replace(/\n/gu, ' '));
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (LIST_ITEM.test(line)) {
      const item = parseInline(line.replace(LIST_ITEM, ''));
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') blocks[blocks.length - 1] = { kind: 'list', items: [...last.items, item] };
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', content: parseInline(line) });
    }
  }
  return blocks;
}

/** Where the unescaped `delimiter` that closes a span starting at `from` is, or -1. */
function closingIndex(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      // `*` never closes on the first character of `**`, so bold inside italics stays bold.
      if (delimiter === '*' && text[i + 1] === '*') {
        i++;
        continue;
      }
      return i > from ? i : -1;
    }
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) result.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1] ?? '';
    if (char === '\\' && ESCAPABLE.test(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    const delimiter = char === '*' && next === '*' ? '**' : char === '*' || char === '_' ? char : null;
    const end = delimiter ? closingIndex(text, i + delimiter.length, delimiter) : -1;
    if (delimiter && end > 0) {
      flush();
      result.push({ kind: delimiter === '**' ? 'strong' : 'em', children: parseInline(text.slice(i + delimiter.length, end)) });
      i = end + delimiter.length;
      continue;
    }
    buffer += char;
    i++;
  }
  flush();
  return result;
}

/** The text a reader sees, without any markup: for tests and accessible names. */
export function plainText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string => nodes.map((node) => (node.kind === 'text' ? node.text : inline(node.children))).join('');
  return blocks.map((block) => (block.kind === 'paragraph' ? inline(block.content) : block.items.map(inline).join('\n'))).join('\n');
}
