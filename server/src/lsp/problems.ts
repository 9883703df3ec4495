import { createHash, randomBytes } from 'node:crypto';
import { problemCount, type AgentDocsService, type Finding } from '../core';

/** Errors and warnings of one file: what the sidebars count (information and hints are not). */
export interface ProblemCount {
  errors: number;
  warnings: number;
}

interface Entry extends ProblemCount {
  /** The core's lint signature the entry was computed for. */
  signature: string;
  /** What the task plan counts as the file's problems (`problemCount` in the core). */
  planProblems: number;
  /** Identifies the findings' content without fixes: equal findings, equal digest. */
  digest: string;
}

/**
 * Every file's problems in one place, shared by the Problems panel (push and pull diagnostics) and
 * the sidebars' counts, so the two never disagree. An entry is kept per file with the core's lint
 * signature; while the signature has not moved, the file is not linted again. Only counts and a
 * digest are kept, not the findings, so memory stays small in workspaces of 50,000 files.
 */
export class ProblemStore {
  /** Distinguishes this server process's result ids from those of an earlier one. */
  readonly session = randomBytes(4).toString('hex');
  private readonly entries = new Map<string, Entry>();
  /** How many times a file was linted (for the log line after each sweep of the workspace). */
  lints = 0;

  /**
   * @param adjust changes findings for the editor they are shown in (severities of what the
   *   editor's own validation already reports); it must depend only on what moves the signature.
   */
  constructor(
    private readonly service: AgentDocsService,
    private readonly adjust: (uri: string, findings: Finding[]) => Finding[] = (_uri, findings) => findings,
  ) {}

  /** Lints a file now and records its counts; the caller wants the findings themselves. */
  lint(uri: string): { findings: Finding[]; signature: string; digest: string } {
    const signature = this.service.lintSignature(uri);
    this.lints++;
    const findings = this.adjust(uri, this.service.lint(uri));
    const entry = summarise(signature, findings);
    this.entries.set(uri, entry);
    return { findings, signature, digest: entry.digest };
  }

  /** The digest of a file's current findings, linting only when its signature moved. */
  digest(uri: string): string {
    return this.current(uri).digest;
  }

  /** Errors and warnings of a file, linting only when its signature moved. */
  counts(uri: string): ProblemCount {
    const { errors, warnings } = this.current(uri);
    return { errors, warnings };
  }

  /** A file's problems as the task plan counts them, linting only when its signature moved. */
  planProblems(uri: string): number {
    return this.current(uri).planProblems;
  }

  /** Whether the file's entry is current (asking would not lint). */
  isCurrent(uri: string): boolean {
    return this.entries.get(uri)?.signature === this.service.lintSignature(uri);
  }

  /** Drops a file that left the workspace. */
  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private current(uri: string): Entry {
    const signature = this.service.lintSignature(uri);
    const hit = this.entries.get(uri);
    if (hit && hit.signature === signature) return hit;
    this.lints++;
    const entry = summarise(signature, this.adjust(uri, this.service.lint(uri)));
    this.entries.set(uri, entry);
    return entry;
  }
}

/** The digest of a file without findings: what a client that holds nothing for it already has. */
export const EMPTY_DIGEST = digestOf([]);

function summarise(signature: string, findings: readonly Finding[]): Entry {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { signature, digest: digestOf(findings), errors, warnings, planProblems: problemCount(findings) };
}

/** What the Problems panel shows of the findings (fixes are fetched when the file is opened). */
function digestOf(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'empty';
  const hash = createHash('sha1');
  for (const f of findings) hash.update(JSON.stringify([f.ruleId, f.severity, f.message, f.range, f.related ?? null, f.tags ?? null]));
  return hash.digest('base64url').slice(0, 16);
}
