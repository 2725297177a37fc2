import { LOCALE_CONVENTIONS } from './locale-conventions';
import { LOCALES, type Locale, type LocalizedText } from './types';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Each language's name in itself, for language pickers. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', 'en-US': 'English' };

/**
 * Picks the supported locale for an Office display language or a browser language tag:
 * Traditional Chinese regions and scripts (zh-TW, zh-HK, zh-MO, zh-Hant-*) → zh-TW, other
 * Chinese → zh-CN, anything else → en-US.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!tag) return fallback;
  const lower = tag.trim().replace(/_/gu, '-').toLowerCase();
  if (!lower) return fallback;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('zh')) {
    return /-(?:hant|tw|hk|mo)\b/u.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  return 'en-US';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Fills `{{name}}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(text: LocalizedText, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(text[locale], data);
}

/** `t(key, locale, data)` over one table of localised texts (a surface's UI strings). */
export function translator<K extends string>(table: Readonly<Record<K, LocalizedText>>): (key: K, locale: Locale, data?: Readonly<Record<string, string | number>>) => string {
  return (key, locale, data) => localize(table[key], locale, data);
}

/** Most items a message lists; 100,000 repeated CCs are named by the first few and counted. */
export const MAX_LISTED = 10;

/** Joins list items the way each language does (`a、b、c`, `a, b, c`); past MAX_LISTED `a、b 等 12 项`, `a, b and 10 more`. */
export function joinList(items: readonly string[], locale: Locale): string {
  const conventions = LOCALE_CONVENTIONS[locale];
  const list = items.slice(0, MAX_LISTED).join(conventions.listSeparator);
  if (items.length <= MAX_LISTED) return list;
  return formatMessage(conventions.listMore, { list, total: items.length, rest: items.length - MAX_LISTED });
}
