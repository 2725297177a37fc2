/**
 * Masks for showing a found number without revealing it. Each keeps only what lets the user
 * recognise which number was meant.
 */

/** First 6 and last 4 characters of an ID or credit code: `110105********123X`. */
export function maskKeepingEnds(value: string, keepStart = 6, keepEnd = 4): string {
  const upper = value.toUpperCase();
  if (upper.length <= keepStart + keepEnd) return '*'.repeat(upper.length);
  return upper.slice(0, keepStart) + '*'.repeat(upper.length - keepStart - keepEnd) + upper.slice(-keepEnd);
}

/** A card in groups of four with only the issuer group and the last four digits: `6222 **** **** 1234`. */
export function maskCardNumber(digits: string): string {
  const hiddenGroups = Math.ceil((digits.length - 8) / 4);
  return [digits.slice(0, 4), ...Array<string>(hiddenGroups).fill('****'), digits.slice(-4)].join(' ');
}

/** A mainland mobile number the way Chinese services print it: `138****8000`. */
export function maskMobileNumber(digits: string): string {
  return maskKeepingEnds(digits, 3, 4);
}
