import { field, type ParsedDocument } from '../document/parse';
import { decodeSafe } from '../files/uris';
import { scalarString } from '../document/yamlFields';
import type { Finding } from '../types';

/**
 * What VS Code's own chat-customization validation reports on the files agent-docs also checks, so
 * that where both say the same thing the editor shows it once. Data, read from VS Code 1.139's
 * `PromptValidator` (code-server 4.139.1, checked 2026-12-01, by opening files in code-server and
 * reading its workbench): it runs on every file open in an editor whose language is `chatagent`
 * (`.claude/agents/*.md`) or `skill` (`SKILL.md`), whatever `chat.disableAIFeatures` says, and never
 * on closed files. A file associated with `markdown` (`files.associations`) is not validated.
 */
export const VSCODE_VALIDATION = {
  checkedVersion: '1.139.0 (code-server 4.139.1)',
  checked: '2026-12-01',
  /** The languages VS Code validates (its prompt languages for agents and skills). */
  languages: ['chatagent', 'skill'] as readonly string[],
  /**
   * Agents directly in `.claude/agents/` (VS Code's "claude" target): an enum field whose trimmed
   * value is not in VS Code's list gets a warning, "Unknown value 'X', valid: …", on the value.
   */
  claudeAgentEnums: {
    model: ['sonnet', 'opus', 'haiku', 'inherit'],
    permissionMode: ['default', 'acceptEdits', 'plan', 'delegate', 'dontAsk', 'bypassPermissions'],
    memory: ['user', 'project', 'local'],
  } as Readonly<Record<string, readonly string[]>>,
  /** A skill `name` that does not match this is an error ("may only contain lowercase letters, numbers, and hyphens"). */
  skillName: /^[a-z0-9-]+$/,
  // Also reported by VS Code, with no finding of ours to match: a skill without `description`
  // (warning on the opening fence), fields VS Code's own skills do not read (hints).
} as const;

/**
 * Whether VS Code's built-in validation reports the same thing as `finding` on this document, at
 * the same place (a file VS Code validates: see `VSCODE_VALIDATION`). Only then is it a duplicate:
 * where the two disagree (`model: fable`, which Claude Code accepts and VS Code does not know),
 * each keeps its own say.
 */
export function reportedByVsCode(doc: ParsedDocument, finding: Finding): boolean {
  switch (finding.ruleId) {
    case 'agent-model-value':
      return claudeTarget(doc.uri) && enumMiss(doc, 'model');
    case 'agent-enum-value': {
      const key = keyOfValueAt(doc, finding);
      return key !== undefined && key in VSCODE_VALIDATION.claudeAgentEnums && claudeTarget(doc.uri) && enumMiss(doc, key);
    }
    case 'skill-name-format': {
      const name = scalar(doc, 'name');
      return !!name && !VSCODE_VALIDATION.skillName.test(name);
    }
    case 'skill-name-folder-mismatch': {
      const name = scalar(doc, 'name');
      const folder = skillFolder(doc.uri);
      return !!name && folder !== undefined && folder !== name;
    }
    default:
      return false;
  }
}

/** VS Code checks Claude's fields on agents whose folder is exactly `.claude/agents`. */
function claudeTarget(uri: string): boolean {
  return uri.slice(0, uri.lastIndexOf('/')).endsWith('/.claude/agents');
}

function scalar(doc: ParsedDocument, key: string): string | undefined {
  const value = scalarString(field(doc, key)?.value ?? null)?.trim();
  return value || undefined;
}

function enumMiss(doc: ParsedDocument, key: string): boolean {
  const value = scalarString(field(doc, key)?.value ?? null)?.trim();
  return value !== undefined && !VSCODE_VALIDATION.claudeAgentEnums[key]!.includes(value);
}

/** The frontmatter key whose value the finding starts in. */
function keyOfValueAt(doc: ParsedDocument, finding: Finding): string | undefined {
  const offset = doc.lines.offsetAt(finding.range.start);
  return doc.frontmatter?.yaml?.fields.find((f) => f.valueStart <= offset && offset <= f.valueEnd)?.key;
}

/** The folder that holds `SKILL.md` (VS Code compares its name with `name`), decoded. */
function skillFolder(uri: string): string | undefined {
  const parts = uri.split('/');
  const at = parts.findIndex((p) => p.toLowerCase() === 'skill.md');
  return at < 1 ? undefined : decodeSafe(parts[at - 1]!);
}
