import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../engine';

/**
 * A labelled native <select> drawn as Fluent's small Field and Select, which are the same native
 * element with these styles: the components cost the pane 20 KB of script.
 */
const useStyles = makeStyles({
  field: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
  label: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground1 },
  control: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    fontFamily: tokens.fontFamilyBase,
    // The brand underline that grows in while the select has the focus.
    '::after': {
      content: '""',
      position: 'absolute',
      left: 0,
      right: 0,
      bottom: 0,
      height: tokens.borderRadiusMedium,
      borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
      backgroundImage: `linear-gradient(0deg, ${tokens.colorCompoundBrandStroke} 0%, ${tokens.colorCompoundBrandStroke} 50%, transparent 50%, transparent 100%)`,
      transform: 'scaleX(0)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationUltraFast,
      '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    },
    ':focus-within::after': { transform: 'scaleX(1)', transitionDuration: tokens.durationNormal },
  },
  select: {
    ...typographyStyles.caption1,
    appearance: 'none',
    flexGrow: 1,
    maxWidth: '100%',
    height: '24px',
    boxSizing: 'border-box',
    padding: `0 calc(${tokens.spacingHorizontalSNudge} + 16px + 2 * ${tokens.spacingHorizontalXXS}) 0 calc(${tokens.spacingHorizontalSNudge} + ${tokens.spacingHorizontalXXS})`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover },
    ':active': { borderTopColor: tokens.colorNeutralStroke1Pressed, borderRightColor: tokens.colorNeutralStroke1Pressed, borderLeftColor: tokens.colorNeutralStroke1Pressed },
    ':focus': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: 'transparent' },
  },
  icon: {
    position: 'absolute',
    right: tokens.spacingHorizontalSNudge,
    display: 'block',
    fontSize: '16px',
    color: tokens.colorNeutralStrokeAccessible,
    pointerEvents: 'none',
  },
});

export interface LocaleSelectProps {
  readonly label: string;
  readonly value: Locale;
  readonly onChange: (locale: Locale) => void;
  readonly testId?: string;
}

/** A language picker: each language named in itself, as Outlook's language list shows it. */
export function LocaleSelect({ label, value, onChange, testId }: LocaleSelectProps) {
  const styles = useStyles();
  const id = useId();
  const choose = (chosen: string) => {
    const locale = LOCALES.find((l) => l === chosen);
    if (locale) onChange(locale);
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <span className={styles.control}>
        <select id={id} className={styles.select} value={value} onChange={(event) => choose(event.target.value)} data-testid={testId}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <ChevronDownRegular className={styles.icon} aria-hidden="true" />
      </span>
    </div>
  );
}
