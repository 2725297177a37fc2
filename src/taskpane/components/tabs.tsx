import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * The WAI-ARIA tabs pattern, drawn as Fluent's small TabList. Fluent's TabList brings its focus
 * manager (Tabster) for the arrow keys: 77 KB of the pane's script for two tabs.
 */
const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'row', flexShrink: 0, flexWrap: 'nowrap', position: 'relative' },
  tab: {
    display: 'grid',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    position: 'relative',
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The line under a tab: grey while pointed at, the brand colour once selected.
    '::before': { content: '""', position: 'absolute', bottom: 0, left: tokens.spacingHorizontalSNudge, right: tokens.spacingHorizontalSNudge, height: tokens.strokeWidthThick, borderRadius: tokens.borderRadiusCircular },
    ':hover::before': { backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active::before': { backgroundColor: tokens.colorNeutralStroke1Pressed },
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: 'transparent', boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`, zIndex: 1 },
    '@media (forced-colors: active)': { ':hover::before': { backgroundColor: 'Highlight' }, ':active::before': { backgroundColor: 'Highlight' } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { content: '""', position: 'absolute', bottom: 0, left: tokens.spacingHorizontalSNudge, right: tokens.spacingHorizontalSNudge, height: tokens.strokeWidthThick, borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'ButtonText' }, ':hover::after': { backgroundColor: 'ButtonText' }, ':active::after': { backgroundColor: 'ButtonText' } },
  },
  label: { ...typographyStyles.body1, gridColumnStart: 1, gridRowStart: 1, padding: `0 ${tokens.spacingHorizontalXXS}` },
  selectedLabel: typographyStyles.body1Strong,
  // The label's bold width, held by an invisible copy, so selecting a tab does not move the others.
  reserved: { ...typographyStyles.body1Strong, gridColumnStart: 1, gridRowStart: 1, padding: `0 ${tokens.spacingHorizontalXXS}`, visibility: 'hidden' },
});

export interface TabItem<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

export interface TabsProps<Value extends string> {
  readonly tabs: ReadonlyArray<TabItem<Value>>;
  readonly selected: Value;
  onSelect(value: Value): void;
  readonly panelClassName?: string;
  /** The selected tab's panel. */
  readonly children: ReactNode;
}

/** Where an arrow key, Home or End moves the focus from tab `index` of `count` (round at the ends). */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * A tab list and the selected tab's panel. One tab is in the Tab order (the selected one); the
 * arrow keys, Home and End move between tabs, and Enter, Space or a click selects one.
 */
export function Tabs<Value extends string>({ tabs, selected, onSelect, panelClassName, children }: TabsProps<Value>) {
  const styles = useStyles();
  const id = useId();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const tabId = (value: Value) => `${id}-tab-${value}`;
  const panelId = `${id}-panel`;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = tabAfterKey(event.key, index, tabs.length);
    if (next === null) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" className={styles.list}>
        {tabs.map((tab, index) => {
          const isSelected = tab.value === selected;
          return (
            <button
              key={tab.value}
              ref={(button) => {
                buttons.current[index] = button;
              }}
              type="button"
              role="tab"
              id={tabId(tab.value)}
              aria-selected={isSelected}
              aria-controls={isSelected ? panelId : undefined}
              tabIndex={isSelected ? 0 : -1}
              className={mergeClasses(styles.tab, isSelected && styles.selected)}
              onClick={() => onSelect(tab.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className={mergeClasses(styles.label, isSelected && styles.selectedLabel)}>{tab.label}</span>
              {!isSelected && (
                <span className={styles.reserved} aria-hidden="true">
                  {tab.label}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} className={panelClassName}>
        {children}
      </div>
    </>
  );
}
