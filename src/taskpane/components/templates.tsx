import { Body1, Button, Card, CardHeader, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale, MailTemplate } from '../../engine';
import { t } from '../strings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
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
  const [status, setStatus] = useState<string | null>(null);
  if (templates.length === 0) return <Body1>{t('noTemplates', locale)}</Body1>;
  return (
    <>
      {status && (
        <MessageBar intent="success">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {templates.map((template) => (
          <li key={template.name}>
            <Card size="small">
              <CardHeader
                header={<Text weight="semibold">{template.name}</Text>}
                description={template.subject ? <Text size={200}>{template.subject}</Text> : undefined}
                action={
                  <Button
                    size="small"
                    aria-label={`${t('insertTemplate', locale)}: ${template.name}`}
                    onClick={async () => {
                      const outcome = await onInsert(template);
                      setStatus(outcome === 'inserted' ? t('templateInserted', locale, { name: template.name }) : t('templateSubjectKept', locale));
                    }}
                  >
                    {t('insertTemplate', locale)}
                  </Button>
                }
              />
              <Text className={styles.preview} size={200}>
                {template.body}
              </Text>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
