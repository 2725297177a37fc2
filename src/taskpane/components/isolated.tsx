import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../engine';
import { revealBidiControls, type Part } from '../bidi';
import { t } from '../strings';

const useStyles = makeStyles({
  value: { unicodeBidi: 'isolate', overflowWrap: 'anywhere' },
  control: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '0.85em',
    border: `${tokens.strokeWidthThin} solid currentColor`,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '1px',
    marginInline: '1px',
    whiteSpace: 'nowrap',
  },
});

export interface ValueProps {
  readonly text: string;
  /**
   * When given, each direction control is drawn as a visible marker, titled in this language: for
   * text from the draft (file names, addresses, subjects), where a hidden one can disguise a name.
   */
  readonly revealIn?: Locale;
}

/**
 * A value shown inside our own words (a file name, an address, an admin's clause): isolated, so
 * its direction cannot reorder the sentence around it, and free to wrap anywhere, so one long word
 * cannot widen the pane.
 */
export function Value({ text, revealIn }: ValueProps) {
  const styles = useStyles();
  if (!revealIn) return <bdi className={styles.value}>{text}</bdi>;
  return (
    <bdi className={styles.value}>
      {revealBidiControls(text).map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <span key={index} className={styles.control} data-bidi-control={piece.code} title={t('bidiControl', revealIn)}>
            ⟨{piece.code}⟩
          </span>
        ),
      )}
    </bdi>
  );
}

/** Our words with the values in them, each value isolated (see Value). */
export function Sentence({ parts, revealIn }: { readonly parts: readonly Part[]; readonly revealIn?: Locale }) {
  return (
    <>
      {parts.map((part, index) => (part.kind === 'words' ? part.text : <Value key={index} text={part.text} revealIn={revealIn} />))}
    </>
  );
}
