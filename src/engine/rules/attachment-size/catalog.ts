import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'attachments',
  position: 10,
  title: { 'zh-CN': '附件过大', 'zh-TW': '附件過大', 'en-US': 'Large attachments' },
  description: 'The attachments total more than 10 MiB, or one of them is larger than 10 MiB; the message suggests a cloud-drive link.',
} satisfies CatalogEntry;
