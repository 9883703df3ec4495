import { markdownOf } from '../document/markdown';
import type { ParsedDocument } from '../document/parse';
import type { Finding } from '../types';

/**
 * Suppression comments, written as a YAML comment inside frontmatter or an HTML comment in the body:
 *   # agent-docs-disable-next-line unknown-field
 *   <!-- agent-docs-disable-line model-value -->
 *   <!-- agent-docs-disable-file duplicate-agent-name, unknown-tool -->
 * Without rule ids, the comment applies to every rule. A misspelt directive (`-files`) does nothing,
 * and so does one in a code block or after `#` in the body (a heading, not a comment).
 */
const DIRECTIVE = /(?:#|<!--)[ \t]*agent-docs-disable(-next-line|-line|-file)(?![\w-])[ \t]*([A-Za-z0-9_, \t-]*?)[ \t]*(?:-->|$)/gm;

interface Suppressions {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
}

function collect(doc: ParsedDocument): Suppressions {
  const result: Suppressions = { file: undefined, lines: new Map() };
  if (!doc.text.includes('agent-docs-disable')) return result;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(doc.text); m; m = DIRECTIVE.exec(doc.text)) {
    if (!isDirective(doc, m.index)) continue;
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const scope: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    if (m[1] === '-file') {
      result.file = merge(result.file, scope);
      continue;
    }
    const line = doc.lines.positionAt(m.index).line + (m[1] === '-next-line' ? 1 : 0);
    result.lines.set(line, merge(result.lines.get(line), scope));
  }
  return result;
}

/**
 * Whether a directive at `offset` is a real comment: a YAML comment before the body, or (in a
 * Markdown body) an HTML comment, not an example in a code block nor a `#` heading.
 */
function isDirective(doc: ParsedDocument, offset: number): boolean {
  if (offset < doc.bodyStart || doc.json) return true;
  const comments = markdownOf(doc).htmlComments;
  return comments.some((c) => c.start === offset);
}

function merge(a: Set<string> | 'all' | undefined, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a ? new Set([...a, ...b]) : b;
}

function covers(scope: Set<string> | 'all' | undefined, ruleId: string): boolean {
  return scope === 'all' || (scope !== undefined && scope.has(ruleId));
}

/** Drops findings that a suppression comment covers. */
export function applySuppressions(doc: ParsedDocument, findings: Finding[]): Finding[] {
  const s = collect(doc);
  if (s.file === undefined && s.lines.size === 0) return findings;
  return findings.filter((f) => !covers(s.file, f.ruleId) && !covers(s.lines.get(f.range.start.line), f.ruleId));
}
