import terms from './terms.json';
import { joinList } from '../../i18n';
import { doc, stringListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { endWithout } from '../../text/normalize';

export default defineRule({
  meta: {
    id: 'attachment-blocked-type',
    defaultSeverity: 'warning',
    clauses: ['virus'],
    principle: PRINCIPLES.executables,
    messages: {
      blocked: {
        'zh-CN': '附件 {{names}} 是可执行文件或脚本，可能传播病毒：请改用公司认可的方式分发。',
        'zh-TW': '附件 {{names}} 是可執行檔或指令碼，可能傳播病毒：請改用公司認可的方式分發。',
        'en-US': 'Programs and scripts can spread viruses: send {{names}} another approved way, not as an attachment.',
      },
    },
    requires: ['attachments'],
    options: {
      extensions: stringListOption(terms.blockedExtensions, doc('File extensions (without the dot) that are programs or scripts; an array adds to the built-in list, {"replace": [...]} replaces it.')),
    },
  },
  check({ draft, options, locale }) {
    const blocked = new Set(options.extensions.map((ext) => ext.toLowerCase().replace(/^\./u, '')));
    const names = draft.attachments.filter((attachment) => blocked.has(extensionOf(attachment.name))).map((a) => a.name);
    return names.length > 0 ? [{ messageId: 'blocked', data: { names: joinList(names, locale) }, field: 'attachments' }] : [];
  },
});

const DOT_OR_SPACE = /[.\s]/u;

/** The last extension, lower case, ignoring trailing dots and spaces Windows would drop (`a.exe. ` runs as .exe). */
export function extensionOf(fileName: string): string {
  const name = fileName.normalize('NFKC');
  const cleaned = name.slice(0, endWithout(name, DOT_OR_SPACE)).toLowerCase();
  const dot = cleaned.lastIndexOf('.');
  return dot < 0 ? '' : cleaned.slice(dot + 1);
}
