import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'attachments',
  position: 20,
  title: { 'zh-CN': '可能忘了附件', 'zh-TW': '可能忘了附件', 'en-US': 'Forgotten attachment?' },
  description: 'The author\'s text or the subject mentions an attachment, but nothing is attached.',
} satisfies CatalogEntry;
