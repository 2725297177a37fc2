import { Body1, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale, MailTemplate } from '../../engine';
import type { Part } from '../bidi';
import { t, tParts } from '../strings';
import { Sentence, Value } from './isolated';
import { MessageBar, MessageBarBody } from './message-bar';

// Each template is drawn as Fluent's small Card (padding, radius, shadow), without the Card
// component: it is not interactive, and Card with its focus management cost the pane 38 KB of script.
const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    padding: '8px',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // Forced colours drop the shadow; the outline keeps the card's edge.
    outline: `${tokens.strokeWidthThin} solid transparent`,
  },
  // The name's column may shrink below its longest word, so the Insert button beside it stays on screen.
  header: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) min-content', columnGap: '12px', alignItems: 'center' },
  name: { gridColumnStart: 1, gridRowStart: 1 },
  subject: { gridColumnStart: 1, gridRowStart: 2 },
  action: { gridColumnStart: 2, gridRowStart: '1 / span 2' },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
  preview: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2, maxHeight: '6em', overflow: 'hidden' },
});

export interface TemplatesProps {
  readonly templates: readonly MailTemplate[];
  readonly locale: Locale;
  onInsert(template: MailTemplate): Promise<'inserted' | 'subjectKept'>;
}

/** The organisation's templates (seed 000 三.2.3), inserted at the cursor. */
export function Templates({ templates, locale, onInsert }: TemplatesProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<readonly Part[] | null>(null);
  if (templates.length === 0) return <Body1>{t('noTemplates', locale)}</Body1>;
  const insert = async (template: MailTemplate) => {
    const outcome = await onInsert(template);
    setStatus(outcome === 'inserted' ? tParts('templateInserted', locale, { name: template.name }) : tParts('templateSubjectKept', locale));
  };
  return (
    <>
      {status && (
        <MessageBar intent="success">
          <MessageBarBody className={styles.text}>
            <Sentence parts={status} />
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {templates.map((template) => (
          <li key={template.name} className={styles.card}>
            <div className={styles.header}>
              <Text className={mergeClasses(styles.text, styles.name)} weight="semibold">
                <Value text={template.name} />
              </Text>
              {template.subject && (
                <Text className={mergeClasses(styles.text, styles.subject)} size={200}>
                  <Value text={template.subject} />
                </Text>
              )}
              <Button className={styles.action} size="small" aria-label={`${t('insertTemplate', locale)}: ${template.name}`} onClick={() => void insert(template)}>
                {t('insertTemplate', locale)}
              </Button>
            </div>
            <Text className={styles.preview} size={200}>
              <Value text={template.body} />
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
