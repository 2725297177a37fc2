import type { Draft, Recipient } from './draft';
import type { Policy } from './policy/policy';
import { domainOf, isDomainWithin, normalizeAddress, registrableParts } from './text/address';
import { nfkc } from './text/normalize';
import { splitQuoted, type BodyParts } from './text/quoted';
import { splitSubjectPrefixes, subjectCore, type SubjectParts } from './text/subject';
import type { RecipientField } from './types';

/** A recipient with where it stands in the draft and what the policy makes of it. */
export interface PlacedRecipient extends Recipient {
  readonly field: RecipientField;
  readonly index: number;
  /** Normalised (lower case) address. */
  readonly key: string;
  readonly domain: string;
  readonly internal: boolean;
  /** A distribution list by Office's type or by the policy's group addresses. */
  readonly group: boolean;
}

/**
 * What the rules need to know about a draft, derived once per evaluation and only when a rule
 * asks: normalised text, the author's part of the body, recipients with their domains.
 */
export class DraftFacts {
  private readonly cache = new Map<string, unknown>();

  /**
   * The facts of a draft under a policy, derived once: evaluate, and what Send asks after it
   * (external recipients for delayed delivery, the subject for the read receipt), share them.
   * Drafts and policies are frozen, so the same pair always has the same facts.
   */
  static of(draft: Draft, policy: Policy): DraftFacts {
    const byPolicy = FACTS.get(draft) || new WeakMap<Policy, DraftFacts>();
    FACTS.set(draft, byPolicy);
    let facts = byPolicy.get(policy);
    if (!facts) byPolicy.set(policy, (facts = new DraftFacts(draft, policy)));
    return facts;
  }

  constructor(
    readonly draft: Draft,
    readonly policy: Policy,
  ) {}

  /** Subject after NFKC, case kept. */
  get subject(): string {
    return this.memo('subject', () => nfkc(this.draft.subject));
  }

  get subjectParts(): SubjectParts {
    return this.memo('subjectParts', () => splitSubjectPrefixes(this.subject));
  }

  /** Subject without reply/forward prefixes, importance tags or the encryption tag. */
  get subjectCore(): string {
    return this.memo('subjectCore', () => subjectCore(this.draft.subject, this.policy.importantTag, this.policy.extraSubjectTags));
  }

  /**
   * A reply or forward whose subject is the one it inherited (RULES.md «Text handling»): once
   * prefixes and tags are stripped and white space and case folded, equal to `originalSubject`.
   */
  get subjectInherited(): boolean {
    return this.memo('subjectInherited', () => {
      const { composeType, originalSubject } = this.draft;
      if (composeType === 'newMail' || originalSubject === null) return false;
      const inheritedCore = subjectCore(originalSubject, this.policy.importantTag, this.policy.extraSubjectTags);
      return this.subjectCore.toLowerCase() === inheritedCore.toLowerCase();
    });
  }

  get bodyParts(): BodyParts {
    return this.memo('bodyParts', () => splitQuoted(nfkc(this.draft.body)));
  }

  /** The author's own text, normalised for matching. */
  get authorText(): string {
    // bodyParts is already NFKC: lower case completes normalizeForMatch without a second pass.
    return this.memo('authorText', () => this.bodyParts.author.toLowerCase());
  }

  /** Subject (normalised for matching) and author text together, for mentions. */
  get subjectAndAuthorText(): string {
    return this.memo('subjectAndAuthor', () => `${this.subject.toLowerCase()}\n${this.authorText}`);
  }

  get senderDomain(): string {
    return domainOf(this.draft.from);
  }

  /**
   * The policy's internal domains, or, when it names none, the sender's registrable domain: a
   * sender at `mail.contoso.com` makes `contoso.com` and all its subdomains internal.
   */
  get internalDomains(): readonly string[] {
    return this.memo('internalDomains', () => {
      if (this.policy.internalDomains.length > 0) return this.policy.internalDomains;
      if (!this.senderDomain) return [];
      const { name, suffix } = registrableParts(this.senderDomain);
      return [suffix ? `${name}.${suffix}` : this.senderDomain];
    });
  }

  get recipients(): readonly PlacedRecipient[] {
    return this.memo('recipients', () => {
      const fields: RecipientField[] = ['to', 'cc', 'bcc'];
      return fields.flatMap((field) => this.draft[field].map((recipient, index) => this.place(recipient, field, index)));
    });
  }

  get externalRecipients(): readonly PlacedRecipient[] {
    return this.memo('external', () => this.recipients.filter((r) => !r.internal));
  }

  get nonInlineAttachments(): Draft['attachments'] {
    return this.memo('nonInline', () => this.draft.attachments.filter((a) => !a.inline));
  }

  private place(recipient: Recipient, field: RecipientField, index: number): PlacedRecipient {
    const key = normalizeAddress(recipient.address);
    const domain = domainOf(key);
    const internalDomains = this.internalDomains;
    return {
      ...recipient,
      field,
      index,
      key,
      domain,
      // With no internal domain to compare with, or no domain in the address (an Exchange alias),
      // nobody can be called external.
      internal: internalDomains.length === 0 || domain === '' || isDomainWithin(domain, internalDomains),
      group: recipient.type === 'distributionList' || this.policy.isGroupAddress(key),
    };
  }

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }
}

const FACTS = new WeakMap<Draft, WeakMap<Policy, DraftFacts>>();
