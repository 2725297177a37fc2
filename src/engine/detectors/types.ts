/** What a detector found; `mobile` is a single number, reported as a list only when there are many. */
export type DetectionKind = 'residentId' | 'bankCard' | 'creditCode' | 'password' | 'mobile' | 'marking' | 'keyword' | 'pattern';

/**
 * One sensitive item in a text. `value` is the raw item (digits, code or term as normalised) and
 * exists only so that callers can tell items apart: it must never reach a message, a finding or a
 * log. `display` is what may be shown: masked for numbers, the term itself for markings and
 * keywords, the admin's pattern for patterns.
 */
export interface Detection {
  readonly kind: DetectionKind;
  /** Offsets in the text given to the detector (normalised). */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly display: string;
  /** Bank cards: the issuer family. */
  readonly issuer?: CardIssuer;
}

export type CardIssuer = 'UnionPay' | 'Visa' | 'Mastercard' | 'AmEx' | 'JCB' | 'Discover';
