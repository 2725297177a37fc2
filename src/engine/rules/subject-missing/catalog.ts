import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'subject',
  position: 10,
  title: { 'zh-CN': '缺少主题', 'zh-TW': '缺少主旨', 'en-US': 'No subject' },
  description: 'The subject is empty once reply/forward prefixes, importance tags and white space are taken away.',
} satisfies CatalogEntry;
