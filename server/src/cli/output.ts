/** Output for people: colour, the progress line and the per-rule summary. */
import type { Severity } from '../core';
import type { FileResult } from './formatters/types';

/**
 * Whether to colour a stream: `--color`/`--no-color` first, then `FORCE_COLOR` (`0` or `false` turns
 * colour off, any other value on; it wins over `NO_COLOR`, as in Node), then `NO_COLOR` (any value
 * but the empty string turns it off, see no-color.org), then `TERM=dumb`, then whether the stream is
 * a terminal.
 */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  severity(sev: Severity, s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const SEVERITY_SGR: Record<Severity, (s: string) => string> = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  information: sgr(34, 39),
  hint: sgr(2, 22),
};

export const COLOUR: Paint = { bold: sgr(1, 22), dim: sgr(2, 22), underline: sgr(4, 24), severity: (sev, s) => SEVERITY_SGR[sev](s) };
const id = (s: string) => s;
export const PLAIN: Paint = { bold: id, dim: id, underline: id, severity: (_sev, s) => s };

/**
 * A one-line progress report on a terminal's stderr, for runs long enough to wonder about: it
 * appears after `delayMs`, redraws at most every 100 ms, and is erased before anything else is
 * printed. Silent when stderr is not a terminal (CI logs, pipes).
 */
export class ProgressLine {
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastText = '';
  private shown = false;

  constructor(
    private readonly stream: { isTTY?: boolean; columns?: number; write(s: string): unknown },
    private readonly enabled = stream.isTTY === true,
    private readonly delayMs = 500,
  ) {}

  update(text: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastDraw < 100 || text === this.lastText) return;
    this.lastDraw = now;
    this.lastText = text;
    // A pseudo-terminal may report 0 columns: assume 80 then.
    const width = (this.stream.columns && this.stream.columns >= 20 ? this.stream.columns : 80) - 1;
    this.stream.write(`\r\u001b[K${text.length > width ? text.slice(0, width) : text}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
    this.lastText = '';
  }
}

const ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/**
 * `--stats`: findings per rule, most frequent first, with their severities, e.g.
 * `     12  agent-tool-unknown  warning`.
 */
export function ruleStats(results: readonly FileResult[], paint: Paint): string {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const r of results) {
    for (const f of r.findings) {
      const counts = byRule.get(f.ruleId) ?? { error: 0, warning: 0, information: 0, hint: 0 };
      counts[f.severity]++;
      byRule.set(f.ruleId, counts);
    }
  }
  if (byRule.size === 0) return 'Findings by rule: none.\n';
  const total = (c: Record<Severity, number>) => c.error + c.warning + c.information + c.hint;
  const rows = [...byRule].sort(([a, x], [b, y]) => total(y) - total(x) || (a < b ? -1 : 1));
  const w = Math.max(...rows.map(([rule]) => rule.length));
  const n = String(Math.max(...rows.map(([, c]) => total(c)))).length;
  const lines = rows.map(([rule, c]) => {
    const sevs = ORDER.filter((s) => c[s] > 0);
    const label = sevs.length === 1 ? paint.severity(sevs[0]!, LABEL[sevs[0]!]) : sevs.map((s) => paint.severity(s, `${c[s]} ${LABEL[s]}`)).join(', ');
    return `  ${String(total(c)).padStart(n)}  ${rule.padEnd(w)}  ${label}`;
  });
  return `${paint.bold('Findings by rule:')}\n${lines.join('\n')}\n`;
}
