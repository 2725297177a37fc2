import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 20,
  title: { 'zh-CN': '重复的收件人', 'zh-TW': '重複的收件者', 'en-US': 'Duplicate recipients' },
  description: 'One address stands more than once across To, CC and BCC.',
} satisfies CatalogEntry;
