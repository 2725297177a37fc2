import type { EmailAddressDetailsLike } from '../office/mailbox';

const KB = 1024;
const MB = 1024 * 1024;

/** `48213` → `47.1 KB`, `15728640` → `15 MB`. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= KB) return `${trim(bytes / KB)} KB`;
  return `${bytes} B`;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/u, '');
}

export const SIZE_UNITS = { KB, MB } as const;
export type SizeUnit = keyof typeof SIZE_UNITS;

/** `王五 <wang.wu@contoso.com>` or a bare address, as Outlook resolves a typed recipient. */
export function parseRecipient(input: string, recipientType: string): EmailAddressDetailsLike | null {
  const text = input.trim();
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/u.exec(text);
  const address = named ? named[2]! : text;
  if (!/^[^\s@]+@[^\s@]+$/u.test(address)) return null;
  const displayName = named?.[1]?.replace(/^"|"$/gu, '').trim() || address;
  return { emailAddress: address, displayName, recipientType };
}

/** `王五 <wang.wu@contoso.com>`, or the address alone when the name is the address. */
export function formatRecipient(recipient: EmailAddressDetailsLike): string {
  const name = recipient.displayName?.trim();
  return name && name !== recipient.emailAddress ? `${name} <${recipient.emailAddress}>` : recipient.emailAddress;
}
