import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Locale } from '../../engine';
import type { PlaygroundSession } from '../session';
import { t } from '../strings';

/** The task pane page: Preflight's taskpane.js behind the playground's Office shim. */
export const TASKPANE_PAGE = 'playground-taskpane.html';
/** The event-handler page: dist/commands.html behind the same shim (scripts/serve.js), like Outlook on the web's hidden frame. */
export const COMMANDS_PAGE = 'playground-commands.html';
/** Outlook's task pane is about this wide by default. */
export const PANE_WIDTH_PX = 320;

const useStyles = makeStyles({
  pane: {
    width: `${PANE_WIDTH_PX}px`,
    height: '100%',
    border: 'none',
    display: 'block',
  },
});

/** The real task pane, reopened whenever Outlook would load it afresh (new message, client, language or theme). */
export function TaskPaneFrame({ session, locale }: { readonly session: PlaygroundSession; readonly locale: Locale }) {
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    session.registerPaneFocuser(() => {
      frame.current?.focus();
      frame.current?.contentWindow?.focus();
    });
    return () => session.registerPaneFocuser(null);
  }, [session]);
  return <iframe ref={frame} key={session.paneGeneration} className={styles.pane} src={TASKPANE_PAGE} title={t('taskPane', locale)} data-testid="task-pane" data-generation={session.paneGeneration} />;
}

/**
 * The hidden page that runs the event-based handlers (OnMessageCompose, OnMessageSend …). Loaded
 * once. `data-pending`: the compose-time events not yet completed, for whoever waits on them.
 */
export function CommandsFrame({ pending }: { readonly pending: number }) {
  return <iframe src={COMMANDS_PAGE} title="Preflight event handlers" hidden tabIndex={-1} data-testid="commands" data-pending={pending} />;
}
