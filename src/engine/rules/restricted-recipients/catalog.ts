import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 90,
  title: { 'zh-CN': '禁止的收件人', 'zh-TW': '禁止的收件者', 'en-US': 'Restricted recipients' },
  description: 'A recipient is one the policy forbids (restrictedRecipients: an address or a * pattern such as *@competitor.com), with the admin’s own message when it gives one.',
} satisfies CatalogEntry;
