import { firstErrors, type InputError } from './schema-errors';
import * as v from './validation/builders';
import { parse, type Infer } from './validation/schema';

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
  /** Its text, when the client read its content (src/attachments); `sensitive-content` scans it. */
  readonly text?: string;
  /** What reading its content gave, when the client tried (RULES.md «Attachment contents»). */
  readonly scan?: AttachmentScan;
  /** Its text stops short: past the message's limit, or out of time. */
  readonly cut?: boolean;
}

/**
 * `text`: read (`text` holds it, perhaps cut at the message's limit); `encrypted`: password
 * protected, adds nothing; `unsupported`: not a kind whose text is read; `unscanned`: should have
 * been read and was not (damaged, too large, out of time).
 */
export type AttachmentScan = 'text' | 'encrypted' | 'unsupported' | 'unscanned';

/** What an adapter read from one attachment's content. */
export interface AttachmentContent {
  readonly text?: string;
  readonly scan: AttachmentScan;
  readonly cut?: boolean;
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
  const text = v.optional(v.nullable(v.string()));
  const recipient = v.union([
    v.string(),
    v.looseObject({
      address: v.string(),
      name: text,
      type: v.optional(v.nullable(v.oneOf(RECIPIENT_TYPES))),
    }),
  ]);
  const recipients = v.optional(v.nullable(v.array(recipient)));
  const attachment = v.looseObject({
    name: v.string(),
    size: v.optional(v.nullable(v.number({ minimum: 0 }))),
    inline: v.optional(v.nullable(v.boolean())),
    /** The file's bytes in base64: the CLI reads its text (RULES.md «Attachment contents»). */
    content: v.optional(v.nullable(v.string())),
  });
  return v.looseObject({
    subject: text,
    body: text,
    from: v.optional(v.nullable(v.union([v.string(), v.looseObject({ address: v.string() })]))),
    to: recipients,
    cc: recipients,
    bcc: recipients,
    attachments: v.optional(v.nullable(v.array(attachment))),
    composeType: v.optional(v.nullable(v.oneOf(COMPOSE_TYPES))),
    sensitivityLabel: text,
    sensitivityLabelName: text,
    originalSubject: text,
    unavailable: v.optional(v.nullable(v.array(v.oneOf(DRAFT_PARTS)))),
  });
}

let draftSchema: ReturnType<typeof draftJsonSchema> | undefined;

export type DraftInput = Infer<ReturnType<typeof draftJsonSchema>>;
type RecipientInput = NonNullable<DraftInput['to']>[number];

export type DraftResult = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly errors: InputError[] };

/**
 * Reads a draft in RULES.md's JSON form (a parsed object). Unknown keys are ignored so that
 * newer producers can add fields; wrong types are errors with their JSON path.
 */
export function parseDraft(input: unknown): DraftResult {
  const result = parse((draftSchema ??= draftJsonSchema()), input);
  return result.ok ? { ok: true, draft: createDraft(result.value) } : { ok: false, errors: firstErrors(result.errors) };
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

/**
 * The draft with what was read from its attachments' content, by position (undefined: nothing
 * read). Adapters read content asynchronously; the engine itself stays synchronous.
 */
export function withAttachmentContents(draft: Draft, contents: readonly (AttachmentContent | undefined)[]): Draft {
  const attachments = draft.attachments.map((attachment, i) => {
    const content = contents[i];
    if (!content) return attachment;
    return Object.freeze({ ...attachment, scan: content.scan, ...(content.text !== undefined ? { text: content.text } : {}), ...(content.cut ? { cut: true } : {}) });
  });
  return Object.freeze({ ...draft, attachments: Object.freeze(attachments) });
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
