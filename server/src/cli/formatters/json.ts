import type { Formatter } from './types';

/** Machine-readable output: one entry per file, positions zero-based as in LSP. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: f.range,
        fixable: f.fixable,
      })),
    })),
    null,
    2,
  ) + '\n';
