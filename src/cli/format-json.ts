/** The machine-readable report (RULES.md «CLI output contract»): one JSON object per file per line. */
import type { Finding } from '../engine';
import type { FileResult } from './result';
import { escapeJsonControls } from './visible';

/**
 * `{"file", "decision", "findings": [{"rule", "severity", "message", "clause", "fixes"}]}` or
 * `{"file", "error"}`, as one line; `failedRules` lists the rules that threw instead of judging the draft, `unscannedAttachments` the attachments whose text was not read in full. `messageId`, `field` and a review step's `acknowledge` are added to findings for programs
 * that key on them; the five contract keys are always present.
 */
export function formatJsonLine(result: FileResult): string {
  // The reason stays in English whatever the locale, so that scripts can match on it.
  // JSON.stringify escapes C0 controls; C1 and bidi controls are escaped too, for whoever reads the lines in a terminal.
  if ('error' in result) return `${escapeJsonControls(JSON.stringify({ file: result.file, error: result.error['en-US'] }))}\n`;
  const failed = result.failed ? { failedRules: result.failed } : {};
  const unscanned = result.unscanned ? { unscannedAttachments: result.unscanned } : {};
  return `${escapeJsonControls(JSON.stringify({ file: result.file, decision: result.decision, findings: result.findings.map(toJsonFinding), ...failed, ...unscanned }))}\n`;
}

function toJsonFinding(finding: Finding): Record<string, unknown> {
  return {
    rule: finding.rule,
    severity: finding.severity,
    messageId: finding.messageId,
    message: finding.message,
    clause: finding.clause,
    ...(finding.field ? { field: finding.field } : {}),
    fixes: finding.fixes,
    ...(finding.acknowledge ? { acknowledge: finding.acknowledge } : {}),
  };
}
