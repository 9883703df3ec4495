import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { doubleQuote } from '../../fields/repair';
import { removalEdit } from '../../fields/edits';
import { fieldSpan } from '../../fields/spans';
import { fieldsOf, type ParsedDocument } from '../../document/parse';
import type { FieldEntry } from '../../document/yamlFields';
import { yamlBroken } from '../../fields/health';
import { listEntries } from '../../fields/lists';
import { eolOf } from '../../text/eol';
import type { OffsetEdit, Rule } from '../types';

/** Keys whose comma-separated string is a list to Claude Code. */
const LIST_STRINGS = new Set(['tools', 'disallowedTools', 'skills', 'allowed-tools', 'disallowed-tools']);

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  description: 'A frontmatter key written twice: Claude Code keeps the last value and ignores the others.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task'],
  fixable: true,
  consequence: {
    text: "The file loads; the last occurrence of the key wins and every earlier value is silently ignored (an agent written with two `skills:` blocks gets only the second one's skills).",
    evidence: [
      'validator (`claude plugin validate`, 2.1.332) reports nothing for duplicated keys: the file loads',
      "Claude Code 2.1.332 binary: Bun's YAML parser keeps the last of duplicated keys (tried on the corpus and on fixtures)",
    ],
  },
  docs: `YAML forbids a mapping key twice, but Claude Code's parser accepts it and keeps the **last**
value: every earlier one is ignored without a word. Real agent templates do this with \`skills:\`,
and then lose the first block's skills.

\`\`\`yaml
skills: [testing]    # reported: ignored, Claude Code reads only the skills below
model: sonnet
skills: [review]
\`\`\`

The finding sits on each ignored occurrence and links to the one Claude Code reads. Two fixes are
offered, never applied by "fix all" or \`lint --fix\` (which of the values you meant is yours to
say): for lists, merge every occurrence into the last one (items in order, repeats once); for any
key, remove the ignored occurrence, which keeps what Claude Code reads now.`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return;
    const byKey = new Map<string, FieldEntry[]>();
    for (const f of fieldsOf(ctx.doc)) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
    for (const [key, all] of byKey) {
      if (all.length < 2) continue;
      const last = all[all.length - 1]!;
      const lastLine = ctx.doc.lines.positionAt(last.keyStart).line + 1;
      const merge = mergeEdits(ctx.doc, all);
      for (const f of all.slice(0, -1)) {
        ctx.report({
          start: f.keyStart,
          end: f.keyEnd,
          message: `\`${key}\` is written again on line ${lastLine}: Claude Code keeps only that last value and ignores this one.`,
          related: [{ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(last.keyStart, last.keyEnd) }, message: `The \`${key}\` Claude Code reads` }],
          fixes: [
            ...(merge ? [ctx.fix(`Merge every \`${key}\` into one list`, merge)] : []),
            ctx.fix(`Remove this ignored \`${key}\``, [removalEdit(ctx.doc, f)]),
          ],
        });
      }
    }
  },
};

/** The items of a list-valued occurrence as written, or undefined when it is not a list. */
function itemsOf(doc: ParsedDocument, f: FieldEntry): string[] | undefined {
  const node = f.value as Node | null;
  const base = doc.frontmatter!.contentStart;
  if (node && isSeq(node)) {
    return node.items
      .map((i) => {
        const n = i as Node;
        return n.range ? doc.text.slice(base + n.range[0], base + n.range[1]).trim() : String(isScalar(n) ? n.value : '');
      })
      .filter(Boolean);
  }
  if (node && isScalar(node) && typeof node.value === 'string' && LIST_STRINGS.has(f.key)) return listEntries(doc, f).map((e) => e.text);
  if (!node) return [];
  return undefined;
}

/** Edits that merge every occurrence into the last one as a block list, or undefined. */
function mergeEdits(doc: ParsedDocument, all: readonly FieldEntry[]): OffsetEdit[] | undefined {
  const lists = all.map((f) => itemsOf(doc, f));
  if (lists.some((l) => l === undefined)) return undefined;
  const items = [...new Set(lists.flat() as string[])];
  if (items.length === 0) return undefined;
  const eol = eolOf(doc.text);
  const last = all[all.length - 1]!;
  const lastSpan = fieldSpan(doc, last);
  const edits: OffsetEdit[] = all.slice(0, -1).map((f) => removalEdit(doc, f));
  // An item that a block list would read differently (`*x`, `[a]`) is quoted.
  const safe = items.map((i) => (parseDocument(`- ${i}`).errors.length ? doubleQuote(i) : i));
  edits.push({ start: lastSpan.keyLineStart, end: lastSpan.contentEnd, newText: `${last.key}:${eol}${safe.map((i) => `  - ${i}${eol}`).join('')}` });
  return edits;
}
