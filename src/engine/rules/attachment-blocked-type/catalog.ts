import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'attachments',
  position: 40,
  title: { 'zh-CN': '危险的附件类型', 'zh-TW': '危險的附件類型', 'en-US': 'Risky file type' },
  description: 'An attachment is a program or script (.exe .bat .cmd .com .scr .msi .js .vbs .ps1 .jar …) that can spread viruses.',
} satisfies CatalogEntry;
