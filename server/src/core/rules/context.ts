import type { AgentDocsConfig } from '../config/config';
import type { ParsedDocument } from '../document/parse';
import type { Finding, Fix, Severity } from '../types';
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

/**
 * The context the rules of one document share: `rule` is the rule being run (set by `runRules`
 * before each `check`), and findings go straight to `out`. One context per document instead of one
 * per rule and document: a full lint runs ~150,000 checks, most of which report nothing.
 */
export class DocumentRuleContext implements RuleContext {
  rule: Rule | undefined;
  /** The severity the configuration sets for `rule`, when it sets one. */
  setting: Severity | undefined;

  constructor(
    readonly doc: ParsedDocument,
    readonly config: AgentDocsConfig,
    readonly workspace: WorkspaceIndex,
    readonly files: WorkspaceFiles,
    private readonly out: Finding[],
  ) {}

  fix = (title: string, edits: OffsetEdit[], preferred = false): Fix => {
    const lines = this.doc.lines;
    const fix: Fix = {
      title,
      edit: { changes: { [this.doc.uri]: edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })) } },
    };
    if (preferred) fix.isPreferred = true;
    return fix;
  };

  report = (r: Report): void => {
    const rule = this.rule!;
    const [start, end] = visibleSpan(this.doc, r.start, r.end);
    const finding: Finding = {
      ruleId: rule.id,
      severity: this.setting ?? r.severity ?? rule.severity,
      message: r.message,
      range: this.doc.lines.range(start, end),
    };
    if (r.related?.length) finding.related = r.related;
    if (r.fixes?.length) finding.fixes = r.fixes;
    if (r.tags?.length) finding.tags = r.tags;
    this.out.push(finding);
  };
}
