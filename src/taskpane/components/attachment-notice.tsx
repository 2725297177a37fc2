import { joinList, type Locale } from '../../engine';
import type { PaneAttachments } from '../attachment-scan';
import { tParts } from '../strings';
import { Sentence } from './isolated';
import { MessageBar, MessageBarBody } from './message-bar';

/**
 * Names the attachments whose contents were not checked, so that no finding about them is never
 * taken for "nothing sensitive in them": files that could not be read, and cloud attachments.
 */
export function AttachmentNotice({ attachments, locale }: { attachments: PaneAttachments | null; locale: Locale }) {
  if (!attachments) return null;
  return (
    <>
      {attachments.unscanned.length > 0 && (
        <MessageBar intent="warning" data-testid="attachments-unscanned">
          <MessageBarBody>
            <Sentence parts={tParts('attachmentsUnscanned', locale, { names: joinList(attachments.unscanned, locale) })} revealIn={locale} />
          </MessageBarBody>
        </MessageBar>
      )}
      {attachments.cloud.length > 0 && (
        <MessageBar intent="info" data-testid="attachments-cloud">
          <MessageBarBody>
            <Sentence parts={tParts('attachmentsCloud', locale, { names: joinList(attachments.cloud, locale) })} revealIn={locale} />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
