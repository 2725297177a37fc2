/**
 * The text a reader sees in an HTML body: tags dropped, entities and `<br>` decoded, `<style>`,
 * `<script>` and `<head>` content dropped, links without their URLs, images skipped, quotes as
 * `> ` lines (so the engine can tell quoted history from the author's text). No line wrapping:
 * the rules read sentences, not a terminal.
 */
import { compile, type HtmlToTextOptions } from 'html-to-text';
import { limitHtmlDepth } from './html-depth';
import { MAX_INPUT_BYTES } from './message-limits';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

// Layout tables in HTML mail nest deeply; one cell per line keeps the words of a cell together
// and never glues two cells' words into one.
const TABLES = ['table', 'tr', 'td', 'th'].map((selector) => ({ selector, format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } }));

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // html-to-text cuts its input at 16 MiB by default, and text past the cut would go unchecked.
  limits: { maxInputLength: MAX_INPUT_BYTES },
  selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }, ...HEADINGS, ...TABLES],
};

const convertDocument = compile(OPTIONS);

/** For "HTML" parts without a single tag: plain text sent as text/html, whose line breaks are the author's. */
const convertTaglessText = compile({ ...OPTIONS, preserveNewlines: true });

const ANY_TAG = /<\/?[a-z!][^>]*>/iu;

/** @example htmlToText('<p>您好&nbsp;张三<br>附件见下</p>') // '您好 张三\n附件见下' */
export function htmlToText(html: string): string {
  // &nbsp; is a space to the reader, and to the rules.
  return (ANY_TAG.test(html) ? convertDocument(limitHtmlDepth(html)) : convertTaglessText(html)).replace(/\u00a0/gu, ' ');
}

/** How far into a body to look for HTML tags: a document's first tags come early. */
const LOOKS_LIKE_HTML_WINDOW = 4096;

/** True when a body found without MIME structure is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta|table|div|font|p|br)\b[^>]*>/iu.test(text.slice(0, LOOKS_LIKE_HTML_WINDOW));
}
