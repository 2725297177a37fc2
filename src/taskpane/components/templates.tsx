import { Body1, Button, Card, CardHeader, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale, MailTemplate } from '../../engine';
import type { Part } from '../bidi';
import { t, tParts } from '../strings';
import { Sentence, Value } from './isolated';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  // The name's column may shrink below its longest word, so the Insert button beside it stays on screen.
  header: { gridAutoColumns: 'min-content minmax(0, 1fr) min-content' },
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
          <li key={template.name}>
            <Card size="small">
              <CardHeader
                className={styles.header}
                header={
                  <Text className={styles.text} weight="semibold">
                    <Value text={template.name} />
                  </Text>
                }
                description={
                  template.subject ? (
                    <Text className={styles.text} size={200}>
                      <Value text={template.subject} />
                    </Text>
                  ) : undefined
                }
                action={
                  <Button
                    size="small"
                    aria-label={`${t('insertTemplate', locale)}: ${template.name}`}
                    onClick={async () => {
                      const outcome = await onInsert(template);
                      setStatus(outcome === 'inserted' ? tParts('templateInserted', locale, { name: template.name }) : tParts('templateSubjectKept', locale));
                    }}
                  >
                    {t('insertTemplate', locale)}
                  </Button>
                }
              />
              <Text className={styles.preview} size={200}>
                <Value text={template.body} />
              </Text>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
