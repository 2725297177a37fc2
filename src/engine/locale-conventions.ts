import type { Locale } from './types';

/**
 * How each language punctuates and cites: the one place a new language adds its conventions.
 * Chinese writes full-width punctuation with no spaces around it; English writes ASCII with a
 * space after it.
 */
export interface LocaleConventions {
  /** Between the items of a list: `a、b`, `a, b`. */
  readonly listSeparator: string;
  /** A list cut short: `{{list}}` are the first items, `{{total}}` all of them, `{{rest}}` those left out. */
  readonly listMore: string;
  /** Between two clause citations of one finding. */
  readonly citationSeparator: string;
  /** After a label, before the text it introduces on the same line (`Preflight: …`). */
  readonly labelColon: string;
  /** After a title that a list follows on the next lines. */
  readonly titleColon: string;
  /** An aside after a sentence, such as the clause behind a finding: `{{text}}` is the aside. */
  readonly aside: string;
  /**
   * The same in Markdown, italic. Full-width parentheses stand outside the italics: CommonMark
   * does not open emphasis at an underscore between a Han character and punctuation (`笼统_（`).
   */
  readonly markdownAside: string;
  /** A document's citation: `{{title}}`, `{{document}}` (its number), `{{section}}`. */
  readonly citation: string;
  /** Whether section numbers are rewritten for the reader (`第四篇 四.8` → `Part 4, §4.8`). */
  readonly westernSectionNumbers: boolean;
  /** After a sentence written by parts (`。`, `.`), and between two sentences (nothing, a space). */
  readonly sentenceEnd: string;
  readonly sentenceSpace: string;
  /** A short heading before the text it introduces on the same line: `{{text}}` is the heading (`【抄送过多】`, `Too many CCs: `). */
  readonly inlineHeading: string;
  /** The Chinese script of text written for this language's readers when the text itself does not tell. */
  readonly chineseScript: Locale;
}

/** What Simplified and Traditional Chinese write alike. */
const CHINESE = {
  listSeparator: '、',
  citationSeparator: '；',
  labelColon: '：',
  titleColon: '：',
  aside: '（{{text}}）',
  markdownAside: '（_{{text}}_）',
  citation: '《{{title}}》{{section}}',
  westernSectionNumbers: false,
  sentenceEnd: '。',
  sentenceSpace: '',
  inlineHeading: '【{{text}}】',
} as const;

export const LOCALE_CONVENTIONS: Readonly<Record<Locale, LocaleConventions>> = {
  'zh-CN': { ...CHINESE, listMore: '{{list}} 等 {{total}} 项', chineseScript: 'zh-CN' },
  'zh-TW': { ...CHINESE, listMore: '{{list}} 等 {{total}} 項', chineseScript: 'zh-TW' },
  'en-US': {
    listSeparator: ', ',
    listMore: '{{list}} and {{rest}} more',
    citationSeparator: '; ',
    labelColon: ': ',
    titleColon: ':',
    aside: ' ({{text}})',
    markdownAside: ' _({{text}})_',
    citation: '{{title}} ({{document}}), {{section}}',
    westernSectionNumbers: true,
    sentenceEnd: '.',
    sentenceSpace: ' ',
    inlineHeading: '{{text}}: ',
    chineseScript: 'zh-CN',
  },
};
