import { doc, integerOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

/** 10 MiB: what the seed policies call a large attachment, and below most servers' limits. */
const TEN_MIB = 10 * 1024 * 1024;

export default defineRule({
  meta: {
    id: 'attachment-size',
    defaultSeverity: 'warning',
    clauses: ['attachments', 'attachments-002'],
    principle: PRINCIPLES.attachments,
    messages: {
      totalTooLarge: {
        'zh-CN': '附件共 {{total}}，超过 {{max}}：较大的文件请通过云盘链接共享。',
        'zh-TW': '附件共 {{total}}，超過 {{max}}：較大的檔案請透過雲端硬碟連結分享。',
        'en-US': 'The attachments total {{total}}, more than {{max}}: share large files through a cloud-drive link instead.',
      },
      fileTooLarge: {
        'zh-CN': '附件“{{name}}”有 {{size}}，超过 {{max}}：请改用云盘链接共享。',
        'zh-TW': '附件「{{name}}」有 {{size}}，超過 {{max}}：請改用雲端硬碟連結分享。',
        'en-US': 'The attachment "{{name}}" is {{size}}, more than {{max}}: share it through a cloud-drive link instead.',
      },
    },
    requires: ['attachments'],
    options: {
      maxTotalBytes: integerOption(TEN_MIB, doc('Largest total of all attachments, inline ones included, in bytes.')),
      maxFileBytes: integerOption(TEN_MIB, doc('Largest single attachment, in bytes.')),
    },
  },
  check({ draft, options }) {
    const largest = [...draft.attachments].sort((a, b) => b.size - a.size)[0];
    if (largest && largest.size > options.maxFileBytes) {
      return [{ messageId: 'fileTooLarge', data: { name: largest.name, size: formatBytes(largest.size), max: formatBytes(options.maxFileBytes) }, field: 'attachments' }];
    }
    const total = draft.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
    if (total > options.maxTotalBytes) {
      return [{ messageId: 'totalTooLarge', data: { total: formatBytes(total), max: formatBytes(options.maxTotalBytes) }, field: 'attachments' }];
    }
    return [];
  },
});

/** `15 MB`, `10.5 MB`, `512 KB` (binary units, as Outlook shows sizes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function trimNumber(value: number): string {
  return value >= 100 ? Math.round(value).toString() : String(Math.round(value * 10) / 10);
}
