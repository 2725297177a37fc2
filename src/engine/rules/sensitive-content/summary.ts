import { detectSensitive, type CardIssuer, type DetectionKind, type DetectorSetup } from '../../detectors';

/** Where in the draft an item stands: `attachment` is the attachments' names, `attachment:<name>` the text inside one. */
export type Location = 'subject' | 'body' | 'quoted' | 'attachment' | `attachment:${string}`;
export const LOCATION_ORDER: readonly Location[] = ['subject', 'body', 'quoted', 'attachment'];

/** What the finding lists: detections, with single mobile numbers only as a list of many. */
export type ReportedKind = Exclude<DetectionKind, 'mobile'> | 'mobileList';
/** The order kinds are listed in: what escalates first, then numbers, then words. */
export const KIND_ORDER: readonly ReportedKind[] = ['marking', 'residentId', 'bankCard', 'creditCode', 'password', 'mobileList', 'pattern', 'keyword'];
/** Kinds whose raw value is the user's data (not a policy term), so it must not be copied into a fix. */
export const DATA_KINDS: ReadonlySet<ReportedKind> = new Set(['residentId', 'bankCard', 'creditCode', 'password', 'mobileList', 'pattern']);

/** One text of the draft to scan, normalised with `normalizeForMatch`. */
export interface Source {
  readonly location: Location;
  readonly text: string;
  /** `text` before lower-casing (NFKC only), where a label in capitals must be told from prose. */
  readonly cased?: string;
}

export interface KindFound {
  readonly kind: ReportedKind;
  readonly locations: readonly Location[];
  /** Distinct safe-to-show forms (masked numbers with the card issuer, terms, patterns), in the order found. */
  readonly displays: readonly string[];
  /** Distinct items of this kind. */
  readonly count: number;
  readonly issuers: readonly CardIssuer[];
}

interface Accumulator {
  readonly locations: Set<Location>;
  /** Raw value → display. Raw values stay inside this module. */
  readonly items: Map<string, string>;
  readonly issuers: Set<CardIssuer>;
}

/**
 * Scans every source and sums up what was found, by kind in `KIND_ORDER`. Mobile numbers count
 * only when `minMobileNumbers` distinct ones stand in the message (a contact list).
 */
export function summarize(sources: readonly Source[], setup: DetectorSetup, minMobileNumbers: number): KindFound[] {
  const byKind = new Map<DetectionKind, Accumulator>();
  for (const { location, text, cased } of sources) {
    if (!text) continue;
    for (const detection of detectSensitive(text, setup, cased)) {
      let accumulator = byKind.get(detection.kind);
      if (!accumulator) byKind.set(detection.kind, (accumulator = { locations: new Set(), items: new Map(), issuers: new Set() }));
      accumulator.locations.add(location);
      const display = detection.issuer ? `${detection.display} (${detection.issuer})` : detection.display;
      if (!accumulator.items.has(detection.value)) accumulator.items.set(detection.value, display);
      if (detection.issuer) accumulator.issuers.add(detection.issuer);
    }
  }
  const mobiles = byKind.get('mobile');
  byKind.delete('mobile');
  const reported = new Map<ReportedKind, Accumulator>(byKind as Map<ReportedKind, Accumulator>);
  if (mobiles && mobiles.items.size >= minMobileNumbers) reported.set('mobileList', mobiles);
  return KIND_ORDER.flatMap((kind) => {
    const accumulator = reported.get(kind);
    return accumulator ? [toKindFound(kind, accumulator)] : [];
  });
}

function toKindFound(kind: ReportedKind, accumulator: Accumulator): KindFound {
  const displays = [...new Set(accumulator.items.values())];
  return {
    kind,
    locations: inOrder(accumulator.locations),
    displays: kind === 'marking' || kind === 'keyword' ? withoutContainedTerms(displays) : displays,
    count: accumulator.items.size,
    issuers: [...accumulator.issuers],
  };
}

/** `strictly confidential` says all that `confidential` would. */
function withoutContainedTerms(terms: readonly string[]): string[] {
  return terms.filter((term) => !terms.some((other) => other !== term && other.includes(term)));
}

/** Every location where anything was found, in `LOCATION_ORDER`, then attachments' text in the attachments' order. */
export function locationsOf(kinds: readonly KindFound[]): Location[] {
  return inOrder(new Set(kinds.flatMap((found) => found.locations)));
}

function inOrder(locations: ReadonlySet<Location>): Location[] {
  return [...LOCATION_ORDER.filter((location) => locations.has(location)), ...[...locations].filter((location) => !LOCATION_ORDER.includes(location))];
}
