import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 10,
  title: { 'zh-CN': '抄送过多', 'zh-TW': '副本過多', 'en-US': 'Too many in CC' },
  description: 'More than 5 recipients in CC.',
} satisfies CatalogEntry;
