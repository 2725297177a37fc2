import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'content',
  position: 30,
  title: { 'zh-CN': '对外礼仪', 'zh-TW': '對外禮儀', 'en-US': 'Greeting and closing' },
  description: 'Mail to external recipients lacks a greeting (您好, 尊敬的, Dear, Hi …) or a closing (此致, 谢谢/謝謝, 祝好, Regards, Best, Thanks …).',
} satisfies CatalogEntry;
