/**
 * The progress line on stderr while an audit runs: messages done, the rate, and the time left
 * when the total is known. Only on a terminal; redrawn at most every `REDRAW_MS` and cleared at
 * the end, so the summary on stdout stands alone.
 */
import type { Locale } from '../../engine';
import { AUDIT_TEXT } from './texts';

/** Often enough to look live, rarely enough to cost nothing next to the audit itself. */
const REDRAW_MS = 100;

export interface ProgressSink {
  /** `done` items so far (messages, unreadable ones and items passed over). */
  update(done: number): void;
  finish(): void;
}

export const NO_PROGRESS: ProgressSink = { update: () => undefined, finish: () => undefined };

export function progressLine(stream: { write(text: string): unknown }, total: number | null, locale: Locale, clock: () => number = Date.now): ProgressSink {
  const started = clock();
  let drawn = -Infinity;
  const draw = (done: number): void => {
    const seconds = Math.max((clock() - started) / 1000, 0.001);
    const rate = done / seconds;
    const eta = total !== null && rate > 0 ? formatDuration(Math.max(total - done, 0) / rate) : null;
    stream.write(`\r\u001b[K${AUDIT_TEXT.progress(done, total, rate, eta)[locale]}`);
  };
  return {
    update(done) {
      const now = clock();
      if (now - drawn < REDRAW_MS) return;
      drawn = now;
      draw(done);
    },
    finish() {
      if (drawn !== -Infinity) stream.write('\r\u001b[K');
    },
  };
}

/** `0:42`, `12:05`, `1:02:05`. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
