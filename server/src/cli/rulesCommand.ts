import { parseArgs } from 'node:util';
import { ALL_RULE_META } from '../core';

/** `agent-docs rules`: every rule with its id, kinds, default severity and whether it fixes. */
export function printRules(args: string[]): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'json') {
    const rows = ALL_RULE_META.map(({ id, description, severity, kinds, fixable }) => ({ id, description, severity, kinds, fixable }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...ALL_RULE_META.map((r) => r.id.length));
  for (const r of ALL_RULE_META) {
    process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(11)}  ${r.fixable ? 'fix' : '   '}  ${r.kinds.join(',')}\n    ${r.description}\n`);
  }
  return 0;
}
