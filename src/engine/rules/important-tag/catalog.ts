import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'subject',
  position: 40,
  title: { 'zh-CN': '重要标记', 'zh-TW': '重要標記', 'en-US': 'Importance tag' },
  description: 'An important subject (重要, 紧急/緊急, urgent, ASAP; exclamation marks alone show feeling, not importance) must start with the importance tag, and a tag must not stand anywhere else.',
} satisfies CatalogEntry;
