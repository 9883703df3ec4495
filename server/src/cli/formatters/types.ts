import type { Finding } from '../../core';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  /** Absolute path. */
  file: string;
  findings: Finding[];
  /** Set when `--fix` changed the file. */
  fixed?: boolean;
}

export type Formatter = (results: readonly FileResult[]) => string;
