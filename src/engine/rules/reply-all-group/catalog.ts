import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 30,
  title: { 'zh-CN': '全部答复群组', 'zh-TW': '全部回覆群組', 'en-US': 'Reply-all to a group' },
  description: 'A reply goes to a distribution list: do not reply-all to group mail.',
} satisfies CatalogEntry;
