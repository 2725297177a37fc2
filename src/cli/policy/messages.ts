/** What `preflight policy init` says, in the three languages. */
import type { LocalizedText } from '../../engine';
import { text } from '../messages';

export const INIT_TEXT = {
  exists: (file: string): LocalizedText =>
    text(`${file} 已存在：不会覆盖；如需覆盖，请加上 --force`, `${file} 已存在：不會覆寫；如需覆寫，請加上 --force`, `${file} already exists: not overwritten (add --force to overwrite it)`),
  cannotWrite: (file: string, reason: string): LocalizedText => text(`无法写入 ${file}：${reason}`, `無法寫入 ${file}：${reason}`, `cannot write ${file}: ${reason}`),
  written: (file: string, preset: string | null): LocalizedText =>
    preset === null
      ? text(`已写入起始规则文件 ${file}`, `已寫入起始規則檔案 ${file}`, `wrote a starting policy to ${file}`)
      : text(`已写入起始规则文件 ${file}（${preset} 预设）`, `已寫入起始規則檔案 ${file}（${preset} 預設）`, `wrote a starting policy to ${file} (the ${preset} preset)`),
};

/** Why a file could not be written, from Node's error code. */
export function describeWriteError(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return text('所在目录不存在', '所在資料夾不存在', 'no such directory');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return text('没有写入权限', '沒有寫入權限', 'permission denied');
  if (code === 'EISDIR') return text('这是一个目录，不是文件', '這是一個資料夾，不是檔案', 'a directory, not a file');
  const reason = code ?? (error as Error).message;
  return text(`写入失败（${reason}）`, `寫入失敗（${reason}）`, `write failed (${reason})`);
}
