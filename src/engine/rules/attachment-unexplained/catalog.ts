import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'attachments',
  position: 30,
  title: { 'zh-CN': '附件未说明', 'zh-TW': '附件未說明', 'en-US': 'Attachment not described' },
  description: 'There are attachments, but the author\'s text neither uses an attachment word nor names any attached file.',
} satisfies CatalogEntry;
