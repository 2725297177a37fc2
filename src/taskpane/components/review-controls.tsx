import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Checkmark12Filled } from '@fluentui/react-icons';
import { useId, type InputHTMLAttributes } from 'react';

/**
 * The review step's small text field and checkbox: native inputs drawn as Fluent's small Input and
 * Checkbox, with the same tokens, without the components (their Field, Label and focus hooks cost
 * the pane 5 KB of gzipped script).
 */
const borderColor = (colour: string) => ({ borderTopColor: colour, borderRightColor: colour, borderBottomColor: colour, borderLeftColor: colour });

const useStyles = makeStyles({
  field: {
    ...typographyStyles.caption1,
    display: 'inline-flex',
    alignItems: 'center',
    position: 'relative',
    boxSizing: 'border-box',
    minHeight: '24px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ':hover': { ...borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ':active,:focus-within': { ...borderColor(tokens.colorNeutralStroke1Pressed), borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed },
    ':focus-within': { outline: '2px solid transparent' },
    // The brand underline that grows in while the field has the focus.
    '::after': {
      boxSizing: 'border-box',
      content: '""',
      position: 'absolute',
      left: '-1px',
      bottom: '-1px',
      right: '-1px',
      height: `max(2px, ${tokens.borderRadiusMedium})`,
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: 'inset(calc(100% - 2px) 0 0 0)',
      transform: 'scaleX(0)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationUltraFast,
      '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    },
    ':focus-within::after': { transform: 'scaleX(1)', transitionDuration: tokens.durationNormal },
  },
  invalid: { ':not(:focus-within),:hover:not(:focus-within)': borderColor(tokens.colorPaletteRedBorder2) },
  input: {
    alignSelf: 'stretch',
    boxSizing: 'border-box',
    flexGrow: 1,
    minWidth: 0,
    border: 'none',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: 'transparent',
    outlineStyle: 'none',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'inherit',
  },
  checkbox: {
    position: 'relative',
    display: 'inline-flex',
    maxWidth: 'fit-content',
    verticalAlign: 'middle',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground3,
    ':hover': { color: tokens.colorNeutralForeground2 },
    ':active': { color: tokens.colorNeutralForeground1 },
    // The focus ring around box and label, for the keyboard only.
    ':has(input:focus-visible)': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium },
  },
  checked: { color: tokens.colorNeutralForeground1, ':hover': { color: tokens.colorNeutralForeground1 } },
  box: {
    boxSizing: 'border-box',
    position: 'absolute',
    top: 0,
    left: 0,
    width: `calc(16px + 2 * ${tokens.spacingHorizontalS})`,
    height: '100%',
    margin: 0,
    opacity: 0,
    cursor: 'inherit',
  },
  indicator: {
    alignSelf: 'flex-start',
    boxSizing: 'border-box',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '16px',
    height: '16px',
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: '12px',
    fill: 'currentColor',
    pointerEvents: 'none',
  },
  indicatorChecked: { backgroundColor: tokens.colorCompoundBrandBackground, ...borderColor(tokens.colorCompoundBrandBackground), color: tokens.colorNeutralForegroundInverted },
  label: {
    ...typographyStyles.body1,
    alignSelf: 'center',
    color: 'inherit',
    cursor: 'inherit',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    marginTop: `calc((16px - ${tokens.lineHeightBase300}) / 2)`,
    marginBottom: `calc((16px - ${tokens.lineHeightBase300}) / 2)`,
  },
});

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'className'> {
  readonly 'data-part'?: string;
  onChange(value: string): void;
}

/** A small text field; its label is the caller's <label htmlFor>. */
export function TextField({ onChange, ...input }: TextFieldProps) {
  const styles = useStyles();
  const invalid = input['aria-invalid'] === true || input['aria-invalid'] === 'true';
  return (
    <span className={mergeClasses(styles.field, invalid && styles.invalid)}>
      <input type="text" {...input} className={styles.input} onChange={(event) => onChange(event.target.value)} />
    </span>
  );
}

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly className?: string;
  readonly 'aria-describedby'?: string;
  readonly 'data-part'?: string;
  onChange(checked: boolean): void;
}

/** A checkbox with its label after it; the native input, invisible over the drawn box, takes the clicks and the focus. */
export function CheckboxField({ label, checked, className, onChange, ...input }: CheckboxFieldProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <span className={mergeClasses(styles.checkbox, checked && styles.checked, className)}>
      <input type="checkbox" id={id} className={styles.box} checked={checked} {...input} onChange={(event) => onChange(event.target.checked)} />
      <div className={mergeClasses(styles.indicator, checked && styles.indicatorChecked)} aria-hidden="true">
        {checked && <Checkmark12Filled />}
      </div>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
    </span>
  );
}
