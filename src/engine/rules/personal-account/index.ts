import terms from './terms.json';
import { formatMessage } from '../../i18n';
import { LOCALE_CONVENTIONS } from '../../locale-conventions';
import { doc, stringListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { domainOf, isDomainWithin, normalizeAddress } from '../../text/address';
import type { DraftFacts } from '../../facts';
import type { Draft } from '../../draft';

export default defineRule({
  meta: {
    id: 'personal-account',
    defaultSeverity: 'warning',
    clauses: ['non-company-address', 'sole-mailbox', 'company-mail-only'],
    principle: PRINCIPLES.companyAccount,
    messages: {
      webmail: {
        'zh-CN': '发件地址 {{sender}} 是个人邮箱，不是公司邮箱：请改用公司邮箱{{companyAside}}发送工作邮件。',
        'zh-TW': '寄件地址 {{sender}} 是個人信箱，不是公司信箱：請改用公司信箱{{companyAside}}傳送工作郵件。',
        'en-US': 'The sender {{sender}} is a public webmail address, not a company one: send work mail from your company address{{companyAside}} instead.',
      },
      outsideCompany: {
        'zh-CN': '发件地址 {{sender}} 不是公司邮箱，收件人却都是公司同事：请改用公司邮箱（{{company}}）发送工作邮件。',
        'zh-TW': '寄件地址 {{sender}} 不是公司信箱，收件者卻都是公司同事：請改用公司信箱（{{company}}）傳送工作郵件。',
        'en-US': 'The sender {{sender}} is not a company address, yet every recipient is a colleague: send work mail from your company address ({{company}}) instead.',
      },
    },
    requires: ['from'],
    options: {
      webmailDomains: stringListOption(terms.webmailDomains, doc('Public webmail domains (qq.com, 163.com, gmail.com …); a sender at one of them or a subdomain fires. An array adds to the built-in list, {"replace": [...]} replaces it.')),
    },
  },
  check({ draft, facts, policy, options, locale }) {
    const domain = facts.senderDomain;
    const internal = policy.internalDomains;
    // A firm whose company mail is qq.com lists it among its own domains: that is its company address.
    if (!domain || isDomainWithin(domain, internal)) return [];
    const sender = normalizeAddress(draft.from);
    // A mailbox the policy lists as the organisation's own (a shared mailbox, a list) is no personal account.
    if (policy.isSharedMailbox(sender) || policy.isGroupAddress(sender)) return [];
    const company = internal.length > 0 ? `@${internal[0]}` : '';
    // `@` in front, so an entry written `@qq.com` or `QQ.COM` reads as the domain `qq.com`.
    if (isDomainWithin(domain, options.webmailDomains.map((entry) => domainOf(`@${entry}`)))) {
      const companyAside = company ? formatMessage(LOCALE_CONVENTIONS[locale].aside, { text: company }) : '';
      return [{ messageId: 'webmail', data: { sender, company, companyAside }, field: 'from' }];
    }
    return company && onlyColleagues(draft, facts) ? [{ messageId: 'outsideCompany', data: { sender, company }, field: 'from' }] : [];
  },
});

/** At least one recipient, every one internal; not judged while a recipient field is unread. */
function onlyColleagues(draft: Draft, facts: DraftFacts): boolean {
  if (draft.unavailable.some((part) => part === 'to' || part === 'cc' || part === 'bcc')) return false;
  return facts.recipients.length > 0 && facts.recipients.every((recipient) => recipient.internal);
}
