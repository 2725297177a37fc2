import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 70,
  title: { 'zh-CN': '个人邮箱发件', 'zh-TW': '個人信箱寄件', 'en-US': 'Sent from a personal account' },
  description: 'The sender is a public webmail address (qq.com, 163.com, gmail.com …), or, when the policy names its internal domains, an address outside them writing only to colleagues.',
} satisfies CatalogEntry;
