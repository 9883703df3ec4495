import type { Formatter } from './types';

const LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

/** Human-readable output grouped by file, one line per finding, with 1-based positions. */
export const stylish: Formatter = (results) => {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(r.path);
    const rows = r.findings.map((f) => {
      counts[f.severity]++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, LABEL[f.severity], f.message.replace(/\s+/g, ' '), f.ruleId];
    });
    const w0 = Math.max(...rows.map((x) => x[0]!.length));
    const w1 = Math.max(...rows.map((x) => x[1]!.length));
    for (const [pos, sev, msg, id] of rows) lines.push(`  ${pos!.padEnd(w0)}  ${sev!.padEnd(w1)}  ${msg}  ${id}`);
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) lines.push(`No problems in ${results.length} file${results.length === 1 ? '' : 's'}.`);
  else {
    lines.push(
      `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info) in ${results.length} file${results.length === 1 ? '' : 's'}.`,
    );
  }
  return lines.join('\n') + '\n';
};
