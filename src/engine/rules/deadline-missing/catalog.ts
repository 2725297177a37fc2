import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'content',
  position: 20,
  title: { 'zh-CN': '缺少截止时间', 'zh-TW': '缺少截止時間', 'en-US': 'No deadline' },
  description: 'The author asks for a reply or action (请回复, 請確認, please confirm, let me know …) but gives no date or time.',
} satisfies CatalogEntry;
