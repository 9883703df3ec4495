import type { AgentDocsConfig } from '../config/config';
import { applySuppressions } from '../config/suppressions';
import type { ParsedDocument } from '../document/parse';
import type { Finding } from '../types';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { DocumentRuleContext } from './context';
import type { Rule } from './types';

export type Logger = (message: string) => void;

/**
 * Runs every enabled rule for the document's kind. A rule that throws is contained: the others
 * still report, and the failure is logged once per rule id for the life of `failed`.
 */
export function runRules(
  rules: readonly Rule[],
  doc: ParsedDocument,
  config: AgentDocsConfig,
  workspace: WorkspaceIndex,
  files: WorkspaceFiles,
  log: Logger,
  failed: Set<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  const ctx = new DocumentRuleContext(doc, config, workspace, files, findings);
  for (const rule of rules) {
    if (!rule.kinds.includes(doc.kind)) continue;
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    ctx.rule = rule;
    ctx.setting = setting || undefined;
    const before = findings.length;
    try {
      rule.check(ctx);
    } catch (e) {
      // What the failing rule reported before it threw is dropped with it.
      findings.length = before;
      if (!failed.has(rule.id)) {
        failed.add(rule.id);
        log(`rule ${rule.id} failed on ${doc.uri}: ${(e as Error)?.stack ?? String(e)}`);
      }
    }
  }
  ctx.rule = undefined;
  if (findings.length === 0) return findings;
  return applySuppressions(doc, findings).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
