import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 40,
  title: { 'zh-CN': '群发邮件', 'zh-TW': '群發郵件', 'en-US': 'Mass mail' },
  description: 'A new mail or forward goes to 20 or more addresses, or to a distribution list: it needs a signed-off mass-mail approval form (群发消息申请表); external lists go in BCC.',
} satisfies CatalogEntry;
