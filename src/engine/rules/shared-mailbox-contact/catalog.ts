import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'content',
  position: 40,
  title: { 'zh-CN': '公共邮箱联系方式', 'zh-TW': '共用信箱聯絡方式', 'en-US': 'Shared mailbox contact details' },
  description: 'Mail sent from a shared mailbox carries no personal contact line (a person\'s name with a phone number or extension).',
} satisfies CatalogEntry;
