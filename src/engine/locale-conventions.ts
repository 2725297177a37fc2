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
  /** Around an aside after a sentence, such as the clause behind a finding. */
  readonly asideOpen: string;
  readonly asideClose: string;
  /** A document's citation: `{{title}}`, `{{document}}` (its number), `{{section}}`. */
  readonly citation: string;
  /** Whether section numbers are rewritten for the reader (`第四篇 四.8` → `Part 4, §4.8`). */
  readonly westernSectionNumbers: boolean;
  /** The Chinese script of text written for this language's readers when the text itself does not tell. */
  readonly chineseScript: Locale;
}

export const LOCALE_CONVENTIONS: Readonly<Record<Locale, LocaleConventions>> = {
  'zh-CN': {
    listSeparator: '、',
    listMore: '{{list}} 等 {{total}} 项',
    citationSeparator: '；',
    labelColon: '：',
    titleColon: '：',
    asideOpen: '（',
    asideClose: '）',
    citation: '《{{title}}》{{section}}',
    westernSectionNumbers: false,
    chineseScript: 'zh-CN',
  },
  'zh-TW': {
    listSeparator: '、',
    listMore: '{{list}} 等 {{total}} 項',
    citationSeparator: '；',
    labelColon: '：',
    titleColon: '：',
    asideOpen: '（',
    asideClose: '）',
    citation: '《{{title}}》{{section}}',
    westernSectionNumbers: false,
    chineseScript: 'zh-TW',
  },
  'en-US': {
    listSeparator: ', ',
    listMore: '{{list}} and {{rest}} more',
    citationSeparator: '; ',
    labelColon: ': ',
    titleColon: ':',
    asideOpen: ' (',
    asideClose: ')',
    citation: '{{title}} ({{document}}), {{section}}',
    westernSectionNumbers: true,
    chineseScript: 'zh-CN',
  },
};
