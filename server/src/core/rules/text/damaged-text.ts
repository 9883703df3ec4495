import { memo } from '../../document/parse';
import { findDamagedText, type DamagedRun } from '../../encoding/mojibake';
import type { Rule } from '../types';

/** Longest damaged text quoted in a message before it is shortened. */
const QUOTE_LIMIT = 40;

function quote(text: string): string {
  const visible = text.replace(/[\u0080-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > QUOTE_LIMIT ? `${visible.slice(0, QUOTE_LIMIT - 1)}…` : visible;
}

function describe(run: DamagedRun): string {
  const times = run.passes === 2 ? ' twice' : run.passes > 2 ? ` ${run.passes} times` : '';
  const how = `decoded${times} as ${run.encoding}`;
  return `Damaged text: "${quote(run.text)}" is UTF-8 ${how}; it should read "${quote(run.repaired)}".`;
}

export const damagedText: Rule = {
  id: 'damaged-text',
  description: 'Text that is UTF-8 decoded as Windows-1252 or Latin-1 (`â†’` for `→`, `âœ…` for `✅`).',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'Claude reads the garbled characters as written (`â†’` for `→`), and a checklist in that state has no markers any tool recognises.',
    evidence: ['UTF-8 read as Windows-1252 or Latin-1 (docs/damaged-text.md); a real case: shared seed 000_7872fdaadb89f45c'],
  },
  docs: `UTF-8 text that passed through a tool reading it as Windows-1252 or Latin-1 comes out
garbled: \`≤\` becomes \`â‰¤\`, \`→\` becomes \`â†’\` and the checklist markers \`⬜ 🔄 ✅\` become
\`â¬œ ðŸ”„ âœ…\`. Claude reads the garbled characters as written, and a checklist in that state has no
recognisable markers. Text damaged twice (\`Ã¢â‚¬â„¢\` for \`’\`) is recognised too.

Only character sequences whose bytes form valid UTF-8 are reported, so accented words (\`café\`,
\`Größe\`), typographic quotes, dashes and box-drawing characters are left alone. The quick fix
repairs one run; fix-all repairs every run in the file and changes nothing else. See
docs/damaged-text.md.

\`\`\`markdown
- âœ… Done          <!-- → ✅ -->
- CafÃ© and naÃ¯ve   <!-- → Café and naïve -->
\`\`\``,
  check(ctx) {
    const runs = memo(ctx.doc, 'damaged-text', (d) => findDamagedText(d.text));
    if (runs.length === 0) return;
    const all =
      runs.length > 1
        ? ctx.fix(
            `Repair all ${runs.length} damaged runs in this file`,
            runs.map((r) => ({ start: r.start, end: r.end, newText: r.repaired })),
          )
        : undefined;
    for (const run of runs) {
      const one = ctx.fix(`Repair to "${quote(run.repaired)}"`, [{ start: run.start, end: run.end, newText: run.repaired }], true);
      ctx.report({ start: run.start, end: run.end, message: describe(run), fixes: all ? [one, all] : [one] });
    }
  },
};
