/** What `preflight audit` says, in the three languages. */
import type { Decision, LocalizedText } from '../../engine';
import { text } from '../messages';

/** Whole numbers with thousands separators, the same in the three languages. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export const AUDIT_TEXT = {
  notAnInput: text(
    '既不是文件夹、mbox 文件，也不是 Outlook 的 .pst 文件',
    '既不是資料夾、mbox 檔案，也不是 Outlook 的 .pst 檔案',
    'neither a folder, an mbox file nor an Outlook .pst file',
  ),
  // The reader's own errors quote the file's bytes, which may be mail: they are not shown.
  unreadablePst: text('不是可读取的 PST 文件（已损坏，或不是 Outlook 数据文件）', '不是可讀取的 PST 檔案（已損毀，或不是 Outlook 資料檔）', 'not a readable PST file (damaged, or not an Outlook data file)'),
  subjectWithheld: text('（主题未显示：邮件含敏感信息）', '（未顯示主旨：郵件含敏感資訊）', '(subject not shown: the message has sensitive content)'),
  unreadablePstItem: text('无法读取 PST 中的这封邮件（已损坏）', '無法讀取 PST 中的這封郵件（已損毀）', 'this item of the PST file could not be read (damaged)'),
  noInput: text('没有可读取的输入：', '沒有可讀取的輸入：', 'no input could be read:'),
  workerFailed: (reason: string): LocalizedText => text(`审计中止：${reason}`, `稽核中止：${reason}`, `audit stopped: ${reason}`),
  headline: (messages: number, policy: string): LocalizedText =>
    text(
      `共审计 ${formatCount(messages)} 封邮件（规则版本 ${policy}）`,
      `共稽核 ${formatCount(messages)} 封郵件（規則版本 ${policy}）`,
      `${formatCount(messages)} ${messages === 1 ? 'message' : 'messages'} audited (policy ${policy})`,
    ),
  unreadableCount: (count: number): LocalizedText =>
    text(`无法读取：${formatCount(count)} 封`, `無法讀取：${formatCount(count)} 封`, `unreadable: ${formatCount(count)}`),
  decisions: text('发送时的结果', '傳送時的結果', 'At Send'),
  decision: {
    allow: text('允许', '允許', 'allow'),
    prompt: text('需确认', '需確認', 'prompt'),
    block: text('阻止', '阻擋', 'block'),
  } satisfies Record<Decision, LocalizedText>,
  rulesHeading: text('各规则触发的邮件数', '各規則觸發的郵件數', 'Messages per rule'),
  ruleColumns: text('规则|阻止|警告|提示', '規則|阻擋|警告|提示', 'rule|block|warning|info'),
  noRules: text('没有规则触发', '沒有規則觸發', 'no rule fired'),
  scopesHeading: text('适用的范围', '適用的範圍', 'Scopes applied'),
  unreadableHeading: text('无法读取的邮件', '無法讀取的郵件', 'Unreadable messages'),
  incompleteHeading: text(
    '未能完成检查的邮件（每封后列出出错的规则，其余规则已检查；这是 Preflight 的缺陷，请报告此问题）',
    '未能完成檢查的郵件（每封後列出發生錯誤的規則，其餘規則已檢查；這是 Preflight 的程式錯誤，請回報）',
    'Messages not checked in full (each is followed by the rules that failed; the others ran. This is a Preflight bug: please report it)',
  ),
  moreUnreadable: (count: number): LocalizedText =>
    text(`……另有 ${formatCount(count)} 封（完整列表见 --format json）`, `……另有 ${formatCount(count)} 封（完整清單見 --format json）`, `… and ${formatCount(count)} more (--format json lists them all)`),
  progress: (done: number, total: number | null, rate: number, eta: string | null): LocalizedText => {
    const of = total === null ? '' : ` / ${formatCount(total)}`;
    const perSecond = formatCount(Math.round(rate));
    return text(
      `已审计 ${formatCount(done)}${of} 封  ${perSecond} 封/秒${eta === null ? '' : `  剩余约 ${eta}`}`,
      `已稽核 ${formatCount(done)}${of} 封  ${perSecond} 封/秒${eta === null ? '' : `  剩餘約 ${eta}`}`,
      `${formatCount(done)}${of} messages  ${perSecond}/s${eta === null ? '' : `  ETA ${eta}`}`,
    );
  },
  reportWritten: (file: string): LocalizedText => text(`报告已写入 ${file}`, `報告已寫入 ${file}`, `report written to ${file}`),
  reportFailed: (file: string, reason: LocalizedText): LocalizedText =>
    text(`无法写入报告 ${file}：${reason['zh-CN']}`, `無法寫入報告 ${file}：${reason['zh-TW']}`, `cannot write the report ${file}: ${reason['en-US']}`),
};
