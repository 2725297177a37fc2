import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'subject',
  position: 30,
  title: { 'zh-CN': '主题过长', 'zh-TW': '主旨過長', 'en-US': 'Long subject' },
  description: 'The subject is wider than 80 columns: a CJK character counts 2, anything else 1 (40 Han characters pass, 41 fire).',
} satisfies CatalogEntry;
