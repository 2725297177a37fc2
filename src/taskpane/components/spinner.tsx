import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';

/**
 * Fluent's tiny Spinner with its label after it (a ring in the brand colours, turning), without
 * the Spinner component's growing-tail animation and the 10 KB of script it brings.
 */
const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: '8px', lineHeight: 0 },
  ring: {
    flexShrink: 0,
    width: '20px',
    height: '20px',
    borderRadius: tokens.borderRadiusCircular,
    // The track, and a quarter of it in the stronger colour, cut to a ring by the mask.
    backgroundImage: `conic-gradient(${tokens.colorBrandStroke1} 90deg, ${tokens.colorBrandStroke2Contrast} 90deg)`,
    maskImage: `radial-gradient(closest-side, transparent calc(100% - ${tokens.strokeWidthThick} - 1px), white calc(100% - ${tokens.strokeWidthThick}) calc(100% - 1px), transparent 100%)`,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media screen and (prefers-reduced-motion: reduce)': { animationDuration: '1.8s' },
    '@media screen and (forced-colors: active)': { backgroundImage: 'conic-gradient(Highlight 90deg, HighlightText 90deg)', forcedColorAdjust: 'none' },
  },
  label: { ...typographyStyles.body1, color: tokens.colorNeutralForeground1 },
});

/** A busy indicator named by its label, as Fluent's Spinner is (role progressbar). */
export function Spinner({ label }: { readonly label: string }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.root} role="progressbar" aria-labelledby={labelId}>
      <span className={styles.ring} />
      <span id={labelId} className={styles.label}>
        {label}
      </span>
    </div>
  );
}
