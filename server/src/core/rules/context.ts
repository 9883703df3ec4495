import type { AgentDocsConfig } from '../config/config';
import type { ParsedDocument } from '../document/parse';
import type { Finding, Fix } from '../types';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { OffsetEdit, Report, Rule, RuleContext } from './types';

/**
 * Widens a zero-width span so the editor draws a visible squiggle: to the next character on the
 * same line, or else the previous one.
 */
export function visibleSpan(doc: ParsedDocument, start: number, end: number): [number, number] {
  const text = doc.text;
  const isBreak = (i: number) => text[i] === '\n' || text[i] === '\r';
  // A span of nothing but line breaks (a parser pointing at the end of a line) is as invisible as
  // an empty one, and its end may fall inside a CRLF: treat it like a point.
  let onlyBreaks = end > start;
  for (let i = start; onlyBreaks && i < end; i++) onlyBreaks = isBreak(i);
  if (end > start && !onlyBreaks) return [start, end];
  if (start < text.length && !isBreak(start)) return [start, start + 1];
  if (start > 0 && !isBreak(start - 1)) return [start - 1, start];
  return [start, Math.min(text.length, start + 1)];
}

export function createRuleContext(
  rule: Rule,
  doc: ParsedDocument,
  config: AgentDocsConfig,
  workspace: WorkspaceIndex,
  files: WorkspaceFiles,
  out: Finding[],
): RuleContext {
  const fix = (title: string, edits: OffsetEdit[], preferred = false): Fix => ({
    title,
    edit: {
      changes: {
        [doc.uri]: edits.map((e) => ({ range: doc.lines.range(e.start, e.end), newText: e.newText })),
      },
    },
    ...(preferred ? { isPreferred: true } : {}),
  });
  return {
    doc,
    config,
    workspace,
    files,
    fix,
    report(r: Report) {
      const [start, end] = visibleSpan(doc, r.start, r.end);
      out.push({
        ruleId: rule.id,
        severity: r.severity ?? rule.severity,
        message: r.message,
        range: doc.lines.range(start, end),
        ...(r.related?.length ? { related: r.related } : {}),
        ...(r.fixes?.length ? { fixes: r.fixes } : {}),
        ...(r.tags?.length ? { tags: r.tags } : {}),
      });
    },
  };
}
