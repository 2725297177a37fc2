import { joinList, type DraftPart, type Locale } from '../../engine';
import type { UnreadPart } from '../../office/read-draft';
import { t, type UiKey } from '../strings';
import { ruleTitle } from './finding-card';
import { MessageBar, MessageBarBody } from './message-bar';

const PART_NAMES: Readonly<Record<DraftPart, UiKey>> = {
  subject: 'partSubject',
  body: 'partBody',
  from: 'partFrom',
  to: 'partTo',
  cc: 'partCc',
  bcc: 'partBcc',
  attachments: 'partAttachments',
  sensitivityLabel: 'partSensitivityLabel',
};

/** The parts of the draft named in the user's words, as one list. */
function partList(parts: readonly UnreadPart[], locale: Locale): string {
  return joinList(
    parts.map(({ part }) => t(PART_NAMES[part], locale)),
    locale,
  );
}

/**
 * Says in plain words what Preflight could not read, so that "no finding" is never mistaken for
 * "nothing wrong": what this client cannot provide at all, and what it did not provide in time.
 */
export function UnreadNotice({ unread, locale }: { unread: readonly UnreadPart[]; locale: Locale }) {
  const unsupported = unread.filter((part) => part.cause === 'unsupported');
  const failed = unread.filter((part) => part.cause !== 'unsupported');
  return (
    <>
      {failed.length > 0 && (
        <MessageBar intent="warning" data-testid="unread-failed">
          <MessageBarBody>{t('unreadFailed', locale, { parts: partList(failed, locale) })}</MessageBarBody>
        </MessageBar>
      )}
      {unsupported.length > 0 && (
        <MessageBar intent="info" data-testid="unread-unsupported">
          <MessageBarBody>{t('unreadUnsupported', locale, { parts: partList(unsupported, locale) })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The checks that threw instead of judging the draft: their silence is not "nothing wrong" either. */
export function FailedRulesNotice({ failed, locale }: { failed: readonly string[] | undefined; locale: Locale }) {
  if (!failed) return null;
  return (
    <MessageBar intent="error" data-testid="rules-failed">
      <MessageBarBody>{t('rulesFailed', locale, { rules: joinList(failed.map((id) => ruleTitle(id, locale)), locale) })}</MessageBarBody>
    </MessageBar>
  );
}
