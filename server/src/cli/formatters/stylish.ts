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
  const files = plural(results.length, 'file');
  if (total === 0) lines.push(`No problems in ${files}.`);
  else {
    const parts = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information + counts.hint} info`;
    lines.push(`${plural(total, 'problem')} (${parts}) in ${files}.`);
  }
  return lines.join('\n') + '\n';
};

/** `1 file`, `2 files`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
