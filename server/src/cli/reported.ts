import type { Finding } from '../core';
import type { ReportedFinding } from './formatters/types';

const NONE: readonly ReportedFinding[] = Object.freeze([]);

/**
 * A file's findings as the report shows them, to be kept until the end of the run. A finding's
 * message, its fixes' titles and edits and its related messages are often cut from its document's
 * text, and V8 keeps a whole text alive for any string cut from it: kept as they were, the findings
 * of a full lint held ~35 MB of document texts at 1,000 tasks (docs/PERFORMANCE.md, item 27).
 * The message is copied, the rest dropped; files without findings share one empty list.
 */
export function reported(findings: readonly Finding[]): readonly ReportedFinding[] {
  if (findings.length === 0) return NONE;
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: owned(f.message),
    range: f.range,
    fixable: f.fixes?.some((x) => x.isPreferred) === true,
  }));
}

/** A flat copy of a string that may be a view into a longer one (V8 cuts 13 characters or more as views). */
function owned(s: string): string {
  return s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
}
