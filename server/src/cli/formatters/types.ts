import type { Finding } from '../../core';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  findings: Finding[];
  /** Set when the file could not be read or was skipped; the run goes on. */
  fixed?: boolean;
}

export type Formatter = (results: readonly FileResult[]) => string;
