import { PLAIN, type Paint } from '../output';
import type { Formatter } from './types';

const LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

/**
 * Human-readable output grouped by file, one line per finding, with 1-based positions; coloured
 * when `paint` says so (see output.ts for when).
 */
export function stylish(paint: Paint = PLAIN): Formatter {
  return (results) => {
    const lines: string[] = [];
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const r of results) {
      if (r.findings.length === 0) continue;
      lines.push(paint.underline(r.path));
      const rows = r.findings.map((f) => {
        counts[f.severity]++;
        return { pos: `${f.range.start.line + 1}:${f.range.start.character + 1}`, sev: f.severity, msg: f.message.replace(/\s+/g, ' '), id: f.ruleId };
      });
      const w0 = Math.max(...rows.map((x) => x.pos.length));
      const w1 = Math.max(...rows.map((x) => LABEL[x.sev].length));
      for (const { pos, sev, msg, id } of rows)
        lines.push(`  ${paint.dim(pos.padEnd(w0))}  ${paint.severity(sev, LABEL[sev].padEnd(w1))}  ${msg}  ${paint.dim(id)}`);
      lines.push('');
    }
    const total = counts.error + counts.warning + counts.information + counts.hint;
    const files = plural(results.length, 'file');
    if (results.length === 0) lines.push('Nothing checked: no agent documents among the paths given.');
    else if (total === 0) lines.push(`No problems in ${files}.`);
    else {
      const parts = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information + counts.hint} info`;
      const line = `${plural(total, 'problem')} (${parts}) in ${files}.`;
      lines.push(counts.error ? paint.bold(paint.severity('error', line)) : counts.warning ? paint.bold(paint.severity('warning', line)) : paint.bold(line));
    }
    return lines.join('\n') + '\n';
  };
}

/** `1 file`, `2 files`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
