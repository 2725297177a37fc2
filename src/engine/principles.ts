import { notAtSend } from './off-send-text';
import type { LocalizedText } from './types';

/**
 * What each rule asks for, in plain words: the `clause` a finding carries when the policy gives
 * none of the organisation's own (policy `clauses`). They cite no particular organisation's
 * document; the seed documents they come from are the rules' sources in docs/rules.md, and the
 * presets (`preflight policy init --preset`) cite them. Send's build leaves the texts out: its
 * dialog cites only the organisation's own clauses.
 */
export const PRINCIPLES = {
  subject: {
    'zh-CN': notAtSend('主题应简明扼要地概括邮件内容。'),
    'zh-TW': notAtSend('主旨應簡明扼要地概括郵件內容。'),
    'en-US': notAtSend('The subject sums up the message briefly and clearly.'),
  },
  important: {
    'zh-CN': notAtSend('重要邮件应在主题开头标注重要标记。'),
    'zh-TW': notAtSend('重要郵件應在主旨開頭標註重要標記。'),
    'en-US': notAtSend('Important mail is tagged as important at the start of the subject.'),
  },
  attachments: {
    'zh-CN': notAtSend('附件应在正文中说明，且格式正确、大小适中；大文件宜用云盘共享。'),
    'zh-TW': notAtSend('附件應在內文中說明，且格式正確、大小適中；大型檔案宜用雲端硬碟分享。'),
    'en-US': notAtSend('Attachments are described in the body and kept to a usable format and size; large files are shared through a cloud-drive link.'),
  },
  executables: {
    'zh-CN': notAtSend('不应通过邮件发送可能携带病毒的文件。'),
    'zh-TW': notAtSend('不應透過郵件傳送可能夾帶病毒的檔案。'),
    'en-US': notAtSend('Files that can carry viruses are not sent by mail.'),
  },
  recipients: {
    'zh-CN': notAtSend('发送前应核对收件人、抄送和密送，避免发错人。'),
    'zh-TW': notAtSend('寄出前應核對收件者、副本和密件副本，避免寄錯人。'),
    'en-US': notAtSend('To, CC and BCC are checked before sending, so the mail reaches only the right people.'),
  },
  external: {
    'zh-CN': notAtSend('发往外部的邮件，应确认收件人无误、内容可以对外发送。'),
    'zh-TW': notAtSend('寄往外部的郵件，應確認收件者無誤、內容可以對外傳送。'),
    'en-US': notAtSend('Mail that leaves the organization goes only to the right outside people, with content that may be shared.'),
  },
  cc: {
    'zh-CN': notAtSend('应只抄送确实需要知悉的人，并说明抄送原因。'),
    'zh-TW': notAtSend('應只將確實需要知悉的人加入副本，並說明原因。'),
    'en-US': notAtSend('CC includes only people who need to know, and the mail says why.'),
  },
  deadline: {
    'zh-CN': notAtSend('需要对方回复或办理时，应写明要求和截止时间。'),
    'zh-TW': notAtSend('需要對方回覆或處理時，應寫明要求和截止時間。'),
    'en-US': notAtSend('A request for a reply or action says what is needed and by when.'),
  },
  etiquette: {
    'zh-CN': notAtSend('对外邮件应使用正式的称呼和结束语。'),
    'zh-TW': notAtSend('對外郵件應使用正式的稱呼和結語。'),
    'en-US': notAtSend('Mail to outside people opens with a greeting and ends with a sign-off.'),
  },
  restricted: {
    'zh-CN': notAtSend('单位禁止发往的地址（如竞争对手）不得出现在收件人中。'),
    'zh-TW': notAtSend('單位禁止寄送的地址（例如競爭對手）不得出現在收件者中。'),
    'en-US': notAtSend('Addresses the organisation forbids (a competitor, for example) are never among the recipients.'),
  },
  massMail: {
    'zh-CN': notAtSend('群发邮件应确有必要，收件范围应与内容相符。'),
    'zh-TW': notAtSend('群發郵件應確有必要，收件對象應與內容相符。'),
    'en-US': notAtSend('Mass mail is sent only when needed, to the people the content is for.'),
  },
  replyAll: {
    'zh-CN': notAtSend('“全部答复”前，应确认每位收件人都需要这封回复。'),
    'zh-TW': notAtSend('「全部回覆」前，應確認每位收件者都需要這封回覆。'),
    'en-US': notAtSend('Reply all is used only when everyone on the thread needs the reply.'),
  },
  sensitive: {
    'zh-CN': notAtSend('含敏感或机密信息的邮件应加密发送，或删除这些信息。'),
    'zh-TW': notAtSend('含敏感或機密資訊的郵件應加密傳送，或刪除這些資訊。'),
    'en-US': notAtSend('Mail with sensitive or confidential information is sent encrypted, or without that information.'),
  },
  sharedMailbox: {
    'zh-CN': notAtSend('从公共邮箱发出的邮件，应附上发件人本人的联系方式。'),
    'zh-TW': notAtSend('從共用信箱寄出的郵件，應附上寄件者本人的聯絡方式。'),
    'en-US': notAtSend("Mail from a shared mailbox carries the sender's own contact details."),
  },
  companyAccount: {
    'zh-CN': notAtSend('工作邮件应从公司邮箱发出，不用个人邮箱。'),
    'zh-TW': notAtSend('工作郵件應從公司信箱寄出，不用個人信箱。'),
    'en-US': notAtSend('Work mail is sent from the company mailbox, never from a personal account.'),
  },
} satisfies Record<string, LocalizedText>;
