/**
 * What the CLI itself says (usage errors, policy problems, files it cannot check), in the three
 * languages. Rule messages come from the engine; the JSON paths and reasons of policy and draft
 * errors are the engine's and stay as they are.
 */
import type { LocalizedText } from '../engine';

/** What is wrong with a command line; each kind is one line for the user. */
export type UsageProblem =
  | { readonly kind: 'unknown-option'; readonly option: string }
  | { readonly kind: 'missing-value'; readonly option: ValueOption }
  | { readonly kind: 'unexpected-value'; readonly option: string }
  | { readonly kind: 'missing-command' }
  | { readonly kind: 'unknown-command'; readonly command: string }
  | { readonly kind: 'missing-file' }
  | { readonly kind: 'unknown-format'; readonly value: string }
  | { readonly kind: 'unknown-locale'; readonly value: string }
  | { readonly kind: 'unknown-policy-action'; readonly action: string | null }
  | { readonly kind: 'missing-policy-file' }
  | { readonly kind: 'unknown-preset'; readonly value: string }
  | { readonly kind: 'unexpected-argument'; readonly argument: string }
  | { readonly kind: 'missing-path' }
  | { readonly kind: 'invalid-jobs'; readonly value: string; readonly max: number };

/** The options that take a value, and what that value is. */
export type ValueOption = '--policy' | '--format' | '--locale' | '--preset' | '--output' | '--report' | '--jobs';

/** A text in the three languages, in their order. */
export const text = (zhCN: string, zhTW: string, enUS: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS });

/** A user's own words (a file name, an option value) quoted in the sentence's language. */
const quoted = (value: string): LocalizedText => text(`“${value}”`, `「${value}」`, JSON.stringify(value));

const VALUE_NEEDED: Readonly<Record<ValueOption, LocalizedText>> = {
  '--policy': text('选项 --policy 需要一个文件名', '選項 --policy 需要一個檔案名稱', 'option --policy needs a file name'),
  '--format': text('选项 --format 需要一个值：text 或 json', '選項 --format 需要一個值：text 或 json', 'option --format needs a value: text or json'),
  '--locale': text(
    '选项 --locale 需要一个值：zh-CN、zh-TW 或 en-US',
    '選項 --locale 需要一個值：zh-CN、zh-TW 或 en-US',
    'option --locale needs a value: zh-CN, zh-TW or en-US',
  ),
  '--preset': text(
    '选项 --preset 需要一个值：enterprise、government 或 nonprofit',
    '選項 --preset 需要一個值：enterprise、government 或 nonprofit',
    'option --preset needs a value: enterprise, government or nonprofit',
  ),
  '--output': text('选项 --output 需要一个文件名', '選項 --output 需要一個檔案名稱', 'option --output needs a file name'),
  '--report': text('选项 --report 需要一个文件名（.html）', '選項 --report 需要一個檔案名稱（.html）', 'option --report needs a file name (.html)'),
  '--jobs': text('选项 --jobs 需要一个数字', '選項 --jobs 需要一個數字', 'option --jobs needs a number'),
};

const POLICY_COMMANDS = text(
  '请使用 preflight policy init、validate FILE、schema 或 defaults',
  '請使用 preflight policy init、validate FILE、schema 或 defaults',
  'use preflight policy init, validate FILE, schema or defaults',
);

/** The one line that says what is wrong with the command line. */
export function describeUsageProblem(problem: UsageProblem): LocalizedText {
  switch (problem.kind) {
    case 'unknown-option':
      return text(`未知选项 ${problem.option}`, `未知的選項 ${problem.option}`, `unknown option ${problem.option}`);
    case 'missing-value':
      return VALUE_NEEDED[problem.option];
    case 'unexpected-value':
      return text(`选项 ${problem.option} 不接受取值`, `選項 ${problem.option} 不接受任何值`, `option ${problem.option} takes no value`);
    case 'missing-command':
      return text('缺少命令：请使用 preflight check FILE...', '缺少指令：請使用 preflight check FILE...', 'missing command: use preflight check FILE...');
    case 'unknown-command': {
      const q = quoted(problem.command);
      return text(
        `未知命令${q['zh-CN']}：可用的命令是 check、audit 和 policy`,
        `未知的指令${q['zh-TW']}：可用的指令為 check、audit 和 policy`,
        `unknown command ${q['en-US']}: the commands are check, audit and policy`,
      );
    }
    case 'missing-file':
      return text(
        '缺少 FILE：请至少指定一个 .eml 或 .json 文件，或一个目录',
        '缺少 FILE：請至少指定一個 .eml 或 .json 檔案，或一個資料夾',
        'missing FILE: name at least one .eml or .json file, or a directory',
      );
    case 'unknown-format': {
      const q = quoted(problem.value);
      return text(`未知的输出格式${q['zh-CN']}：请使用 text 或 json`, `未知的輸出格式${q['zh-TW']}：請使用 text 或 json`, `unknown format ${q['en-US']}: use text or json`);
    }
    case 'unknown-locale': {
      const q = quoted(problem.value);
      return text(`不支持的语言${q['zh-CN']}：请使用 zh-CN、zh-TW 或 en-US`, `不支援的語言${q['zh-TW']}：請使用 zh-CN、zh-TW 或 en-US`, `unknown locale ${q['en-US']}: use zh-CN, zh-TW or en-US`);
    }
    case 'unknown-policy-action': {
      const use = POLICY_COMMANDS;
      if (problem.action === null) return text(`缺少 policy 的子命令：${use['zh-CN']}`, `缺少 policy 的子指令：${use['zh-TW']}`, `missing policy command: ${use['en-US']}`);
      const q = quoted(problem.action);
      return text(`未知的 policy 子命令${q['zh-CN']}：${use['zh-CN']}`, `未知的 policy 子指令${q['zh-TW']}：${use['zh-TW']}`, `unknown policy command ${q['en-US']}: ${use['en-US']}`);
    }
    case 'missing-policy-file':
      return text('缺少规则文件：请使用 preflight policy validate FILE', '缺少規則檔案：請使用 preflight policy validate FILE', 'missing FILE: use preflight policy validate FILE');
    case 'unknown-preset': {
      const q = quoted(problem.value);
      return text(
        `未知的预设${q['zh-CN']}：请使用 enterprise、government 或 nonprofit`,
        `未知的預設${q['zh-TW']}：請使用 enterprise、government 或 nonprofit`,
        `unknown preset ${q['en-US']}: use enterprise, government or nonprofit`,
      );
    }
    case 'unexpected-argument': {
      const q = quoted(problem.argument);
      return text(`多余的参数${q['zh-CN']}`, `多餘的參數${q['zh-TW']}`, `unexpected argument ${q['en-US']}`);
    }
    case 'missing-path':
      return text(
        '缺少 PATH：请指定一个文件夹、mbox 文件或 .pst 文件',
        '缺少 PATH：請指定一個資料夾、mbox 檔案或 .pst 檔案',
        'missing PATH: name a folder, an mbox file or a .pst file',
      );
    case 'invalid-jobs': {
      const q = quoted(problem.value);
      return text(
        `--jobs 的值${q['zh-CN']}无效：请使用 1 到 ${problem.max} 之间的整数`,
        `--jobs 的值${q['zh-TW']}無效：請使用 1 到 ${problem.max} 之間的整數`,
        `invalid --jobs ${q['en-US']}: use a whole number from 1 to ${problem.max}`,
      );
    }
  }
}

/** The line after a usage error. */
export const SEE_HELP = text('运行 preflight --help 查看用法。', '執行 preflight --help 查看用法。', 'Run preflight --help for usage.');

/** Why a file (an input, or the policy) could not be read, from Node's error code. */
export function describeReadError(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return text('文件不存在', '檔案不存在', 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return text('没有读取权限', '沒有讀取權限', 'permission denied');
  if (code === 'EISDIR') return text('这是一个目录，不是文件', '這是一個資料夾，不是檔案', 'a directory, not a file');
  const reason = code ?? (error as Error).message;
  return text(`无法读取文件（${reason}）`, `無法讀取檔案（${reason}）`, `cannot read the file (${reason})`);
}

export const POLICY_TEXT = {
  cannotRead: (file: string, reason: LocalizedText): LocalizedText =>
    text(`无法读取规则文件 ${file}：${reason['zh-CN']}`, `無法讀取規則檔案 ${file}：${reason['zh-TW']}`, `cannot read the policy ${file}: ${reason['en-US']}`),
  invalid: (file: string, problems: number): LocalizedText =>
    text(
      `规则文件 ${file} 无效（${problems} 个问题）：`,
      `規則檔案 ${file} 無效（${problems} 個問題）：`,
      `invalid policy ${file} (${problems} ${problems === 1 ? 'problem' : 'problems'}):`,
    ),
  valid: (file: string): LocalizedText => text(`${file}：有效`, `${file}：有效`, `${file}: valid`),
};

/** Why an input file could not be checked: shown in the text report, and in English in JSON. */
export const FILE_PROBLEM = {
  emptyDirectory: text('目录中没有可读取的 .eml 或 .json 文件', '資料夾中沒有可讀取的 .eml 或 .json 檔案', 'directory: no readable .eml or .json files in it'),
  notRegularFile: text('不是普通文件', '不是一般檔案', 'not a regular file'),
  tooLarge: (size: number, limit: number): LocalizedText =>
    text(`文件过大：${size} 字节，单封邮件的上限是 ${limit} 字节`, `檔案過大：${size} 位元組，單封郵件的上限是 ${limit} 位元組`, `too large: ${size} bytes, the limit for one message is ${limit}`),
  tooManyParts: (limit: number): LocalizedText =>
    text(`MIME 部分过多：单封邮件最多 ${limit} 个`, `MIME 部分過多：單封郵件最多 ${limit} 個`, `too many MIME parts: the limit for one message is ${limit}`),
  empty: text('空文件', '空檔案', 'empty file'),
  outlookMsg: text('不支持 Outlook 的 .msg 文件：请将邮件另存为 .eml', '不支援 Outlook 的 .msg 檔案：請將郵件另存為 .eml', 'Outlook .msg files are not supported: save the message as .eml'),
  binary: text('二进制文件：既不是邮件（.eml），也不是草稿（.json）', '二進位檔案：既不是郵件（.eml），也不是草稿（.json）', 'binary file: neither an email message (.eml) nor a draft (.json)'),
  notMail: text(
    '既不是邮件（没有 From:、To:、Subject: 等头字段），也不是 JSON 草稿',
    '既不是郵件（沒有 From:、To:、Subject: 等標頭欄位），也不是 JSON 草稿',
    'neither an email message (no header fields such as From:, To:, Subject:) nor a JSON draft',
  ),
  invalidJson: (reason: string): LocalizedText => text(`不是有效的 JSON：${reason}`, `不是有效的 JSON：${reason}`, `not valid JSON: ${reason}`),
  invalidDraft: (problems: string): LocalizedText => text(`不是有效的草稿：${problems}`, `不是有效的草稿：${problems}`, `not a valid draft: ${problems}`),
  unparsableMessage: (reason: string): LocalizedText => text(`无法解析邮件：${reason}`, `無法解析郵件：${reason}`, `cannot parse the email message: ${reason}`),
  internal: (reason: string): LocalizedText => text(`检查时发生内部错误：${reason}`, `檢查時發生內部錯誤：${reason}`, `internal error while checking: ${reason}`),
};
