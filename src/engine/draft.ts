import * as z from 'zod/mini';
import { describeIssues, firstErrors, type InputError } from './schema-errors';

/** Office.js `EmailAddressDetails.recipientType`, as RULES.md names them. */
export const RECIPIENT_TYPES = ['user', 'distributionList', 'externalUser', 'other'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

/**
 * Parts of a draft the client could not provide (an older Outlook, or a read that failed or timed
 * out). An unknown part is never taken for an empty one: the rules that need it stay silent.
 */
export const DRAFT_PARTS = ['subject', 'body', 'from', 'to', 'cc', 'bcc', 'attachments', 'sensitivityLabel'] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];

export const COMPOSE_TYPES = ['newMail', 'reply', 'forward'] as const;
export type ComposeType = (typeof COMPOSE_TYPES)[number];

export interface Recipient {
  readonly address: string;
  readonly name: string;
  readonly type: RecipientType;
}

export interface Attachment {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** Signature logos and pasted images: count toward size, not toward "an attachment". */
  readonly inline: boolean;
}

/** A message being composed, as every rule sees it. Frozen; missing keys are empty. */
export interface Draft {
  readonly subject: string;
  readonly body: string;
  readonly from: string;
  readonly to: readonly Recipient[];
  readonly cc: readonly Recipient[];
  readonly bcc: readonly Recipient[];
  readonly attachments: readonly Attachment[];
  readonly composeType: ComposeType;
  readonly sensitivityLabel: string | null;
  /**
   * The label's display name when the client knows it (Office reports labels by id); a policy
   * may name its encryption label either way.
   */
  readonly sensitivityLabelName: string | null;
  /**
   * The subject the compose window opened with (Outlook's prefilled `RE: …`), or null when not
   * known. A reply that keeps it is not judged for a subject its author did not write.
   */
  readonly originalSubject: string | null;
  /** What could not be read: rules that need it stay silent rather than guess from "empty". */
  readonly unavailable: readonly DraftPart[];
}

/**
 * Built on first use: Send creates drafts from Office.js values and never parses draft JSON, and a
 * schema built at load time would stay in its size-budgeted bundle as calls a minifier must keep.
 */
function draftJsonSchema() {
  const recipient = z.union([
    z.string(),
    z.looseObject({
      address: z.string(),
      name: z.optional(z.nullable(z.string())),
      type: z.optional(z.nullable(z.enum(RECIPIENT_TYPES))),
    }),
  ]);
  const attachment = z.looseObject({
    name: z.string(),
    size: z.optional(z.nullable(z.number().check(z.gte(0)))),
    inline: z.optional(z.nullable(z.boolean())),
  });
  return z.looseObject({
    subject: z.optional(z.nullable(z.string())),
    body: z.optional(z.nullable(z.string())),
    from: z.optional(z.nullable(z.union([z.string(), z.looseObject({ address: z.string() })]))),
    to: z.optional(z.nullable(z.array(recipient))),
    cc: z.optional(z.nullable(z.array(recipient))),
    bcc: z.optional(z.nullable(z.array(recipient))),
    attachments: z.optional(z.nullable(z.array(attachment))),
    composeType: z.optional(z.nullable(z.enum(COMPOSE_TYPES))),
    sensitivityLabel: z.optional(z.nullable(z.string())),
    sensitivityLabelName: z.optional(z.nullable(z.string())),
    originalSubject: z.optional(z.nullable(z.string())),
    unavailable: z.optional(z.nullable(z.array(z.enum(DRAFT_PARTS)))),
  });
}

let draftSchema: ReturnType<typeof draftJsonSchema> | undefined;

export type DraftInput = z.input<ReturnType<typeof draftJsonSchema>>;
type RecipientInput = NonNullable<DraftInput['to']>[number];

export type DraftResult = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly errors: InputError[] };

/**
 * Reads a draft in RULES.md's JSON form (a parsed object). Unknown keys are ignored so that
 * newer producers can add fields; wrong types are errors with their JSON path.
 */
export function parseDraft(input: unknown): DraftResult {
  const result = (draftSchema ??= draftJsonSchema()).safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, errors: firstErrors(describeIssues(result.error.issues)) };
  return { ok: true, draft: createDraft(result.data) };
}

/** Builds a frozen, normalised draft from already-typed parts (used by the Office adapter too). */
export function createDraft(input: DraftInput): Draft {
  const from = input.from;
  return Object.freeze({
    subject: input.subject ?? '',
    body: input.body ?? '',
    from: (typeof from === 'string' ? from : from?.address ?? '').trim(),
    to: toRecipients(input.to),
    cc: toRecipients(input.cc),
    bcc: toRecipients(input.bcc),
    attachments: Object.freeze(
      (input.attachments ?? []).map((a) => Object.freeze({ name: a.name, size: Math.max(0, a.size ?? 0), inline: a.inline ?? false })),
    ),
    composeType: input.composeType ?? 'newMail',
    sensitivityLabel: input.sensitivityLabel ?? null,
    sensitivityLabelName: input.sensitivityLabelName ?? null,
    originalSubject: input.originalSubject ?? null,
    unavailable: Object.freeze([...new Set(input.unavailable ?? [])]),
  });
}

function toRecipients(list: readonly RecipientInput[] | null | undefined): readonly Recipient[] {
  return Object.freeze(
    (list ?? [])
      .map((entry) =>
        typeof entry === 'string'
          ? { address: entry.trim(), name: '', type: 'user' as const }
          : { address: entry.address.trim(), name: entry.name ?? '', type: entry.type ?? ('user' as const) },
      )
      .filter((recipient) => recipient.address !== '')
      .map((recipient) => Object.freeze(recipient)),
  );
}
