import type { ParsedDocument } from '../document/parse';
import type { RuleContext } from '../rules/types';
import { parentFolderName } from '../text/names';
import type { Severity } from '../types';

/** Whether the user targets the portable Agent Skills specification rather than Claude Code. */
export function isPortable(ctx: RuleContext): boolean {
  return ctx.config.skills.target === 'agent-skills';
}

/** The severity for the configured target: portable uploads fail where Claude Code loads. */
export function targetSeverity(ctx: RuleContext, claudeCode: Severity, portable: Severity): Severity {
  return isPortable(ctx) ? portable : claudeCode;
}

/** The folder that names a skill: the directory holding its SKILL.md. */
export function skillFolder(doc: ParsedDocument): string {
  return parentFolderName(doc.uri);
}
