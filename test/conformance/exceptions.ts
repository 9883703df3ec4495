/**
 * Disagreements between agent-docs and `claude plugin validate` that were verified otherwise, each
 * with its evidence. Only cases checked against the binary (its loader code, read with `grep -a`)
 * or by another run of Claude Code belong here; anything else is a bug to fix.
 *
 * `file` is the path in the shared corpus (`<dir>/<path>`) or `fixtures/<rule>/<path>`; `check` is
 * the name of the comparison (see conformance.test.ts); `scope` limits it to one layout.
 */
export interface Exception {
  readonly file: string;
  readonly check: string;
  readonly scope?: 'plugin' | 'project' | 'crlf';
  readonly evidence: string;
}

export const EXCEPTIONS: readonly Exception[] = [];

/**
 * Rules whose error-level findings may sit on a file Claude Code loads, because the failure comes
 * later than loading, with the evidence for it.
 */
export const RUN_TIME_ERRORS: Readonly<Record<string, string>> = {
  'link-case-mismatch':
    'The file itself loads; the path it names fails when read, on a case-sensitive file system (resin.ai: its resource server resolves paths with exists() on the disk, issue #14).',
  'agent-tools-none-resolve':
    'Claude Code 2.1.332 binary: spawning a subagent whose tools list resolves to nothing throws "Agent \'…\' would be spawned with zero tools — refusing" (telemetry "zero_tools_refused").',
};
