import type { Range, Severity } from '../../core';

/**
 * What a report shows of a finding. The CLI keeps these, not whole findings, for every file until
 * it prints: a finding's fixes and related locations are not printed, and its message is often cut
 * from its document's text, which V8 then keeps alive whole (see `reported` in ../reported.ts).
 */
export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Whether it has a preferred fix (one `--fix` applies). */
  readonly fixable: boolean;
}

export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** Absolute path. */
  file: string;
  findings: readonly ReportedFinding[];
  /** Set when `--fix` changed the file. */
  fixed?: boolean;
}

export type Formatter = (results: readonly FileResult[]) => string;
