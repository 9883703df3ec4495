/**
 * Escalation rules written as data in a return-code definition: "escalate on consecutive failures
 * (3x FAILURE or 2x TIMEOUT)". Each `<N>x <CODE>` (also `<N> × CODE`, `<N> times CODE`) on a line
 * that speaks of escalating becomes a rule.
 */
export interface Escalation {
  readonly code: string;
  readonly count: number;
  /** Offsets of the `<N>x <CODE>` text within the line. */
  readonly index: number;
  readonly length: number;
}

const LINE = /escalat/i;
const RULE = /\b(\d+)\s*(?:x|×|times)\s*`?([A-Z][A-Z0-9_]*)`?/g;

export function escalationsIn(line: string): Escalation[] {
  if (!LINE.test(line)) return [];
  const out: Escalation[] = [];
  for (const m of line.matchAll(RULE)) out.push({ code: m[2]!, count: Number(m[1]), index: m.index, length: m[0].length });
  return out;
}
