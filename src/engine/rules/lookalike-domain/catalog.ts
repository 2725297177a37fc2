import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 60,
  title: { 'zh-CN': '相似域名', 'zh-TW': '相似網域', 'en-US': 'Lookalike domain' },
  description: 'An external recipient\'s domain looks like an internal one (c0ntoso.com, contoso.co, contoso.net, rnicrosoft.com): a typo or an impostor.',
} satisfies CatalogEntry;
