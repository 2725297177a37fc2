import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'content',
  position: 10,
  title: { 'zh-CN': '敏感信息', 'zh-TW': '敏感資訊', 'en-US': 'Sensitive content' },
  description: 'Subject, body (quoted history included) or attachment names carry ID, bank-card or credit-code numbers, a clear-text password, a contact list, a classification marking or a confidential keyword; blocks when a marking goes to external recipients.',
} satisfies CatalogEntry;
