import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DiamondDismissFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { createContext, useContext, useId, type HTMLAttributes, type ReactNode } from 'react';

/**
 * Fluent's MessageBar, MessageBarBody, MessageBarTitle and MessageBarActions drawn with the same
 * tokens and the same roles (a group named by its title), without the components: with their
 * reflow observer and MessageBarGroup's motion they cost the pane 6 KB of gzipped script.
 */
// Griffel's shorthands object would bring all of its helpers (1.3 KB gzipped) for this one.
const borderColor = (colour: string) => ({ borderTopColor: colour, borderRightColor: colour, borderBottomColor: colour, borderLeftColor: colour });

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    alignItems: 'start',
    // One line of text sits where Fluent's single-line bar puts it (36px high); more lines wrap, as its reflow does.
    padding: `7px 0 7px ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '36px',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  multiline: { paddingTop: tokens.spacingVerticalMNudge, paddingBottom: tokens.spacingVerticalS },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...borderColor(tokens.colorStatusDangerBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...borderColor(tokens.colorStatusWarningBorder1) },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...borderColor(tokens.colorStatusSuccessBorder1) },
  icon: { display: 'flex', alignItems: 'center', fontSize: tokens.fontSizeBase500, marginRight: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground3 },
  successIcon: { color: tokens.colorStatusSuccessForeground1 },
  body: { ...typographyStyles.body1, paddingRight: tokens.spacingHorizontalM },
  title: { ...typographyStyles.body1Strong, '::after': { content: '" "' } },
  actions: { gridColumnStart: 1, gridColumnEnd: 3, display: 'flex', justifyContent: 'end', columnGap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalMNudge, paddingRight: tokens.spacingVerticalM },
});

export type MessageBarIntent = 'info' | 'warning' | 'error' | 'success';

const ICONS = { info: InfoFilled, warning: WarningFilled, error: DiamondDismissFilled, success: CheckmarkCircleFilled } as const;

const TitleId = createContext<string | undefined>(undefined);

export interface MessageBarProps extends HTMLAttributes<HTMLDivElement> {
  readonly intent?: MessageBarIntent;
  /** 'multiline' for a bar with actions or several parts: more room above and below, actions on a row of their own. */
  readonly layout?: 'auto' | 'multiline';
  readonly children: ReactNode;
  readonly 'data-testid'?: string;
  readonly 'data-rule'?: string;
}

/** A message bar: the intent's icon, then its body and actions; a group named by its MessageBarTitle. */
export function MessageBar({ intent = 'info', layout = 'auto', className, children, ...rest }: MessageBarProps) {
  const styles = useStyles();
  const titleId = useId();
  const Icon = ICONS[intent];
  return (
    <TitleId.Provider value={titleId}>
      <div role="group" aria-labelledby={titleId} {...rest} className={mergeClasses(styles.root, layout === 'multiline' && styles.multiline, intent !== 'info' && styles[intent], className)}>
        <div className={mergeClasses(styles.icon, intent !== 'info' && styles[`${intent}Icon`])}>
          <Icon />
        </div>
        {children}
      </div>
    </TitleId.Provider>
  );
}

export function MessageBarBody({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const styles = useStyles();
  return <div {...rest} className={mergeClasses(styles.body, className)} />;
}

export function MessageBarTitle({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <span id={useContext(TitleId)} className={styles.title}>
      {children}
    </span>
  );
}

export function MessageBarActions({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.actions}>{children}</div>;
}
