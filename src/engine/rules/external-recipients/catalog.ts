import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 50,
  title: { 'zh-CN': '外部收件人', 'zh-TW': '外部收件者', 'en-US': 'External recipients' },
  description: 'Some recipients are outside the organisation; lists their domains.',
} satisfies CatalogEntry;
