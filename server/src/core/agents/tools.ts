import { field, memo, type ParsedDocument } from '../document/parse';
import type { ToolEntry } from '../document/toolList';
import { listEntries } from '../fields/lists';
import { scalarString, type FieldEntry } from '../document/yamlFields';
import { MCP_TOOL_PATTERN, REMOVED_TOOLS, TOOL_ALIASES, TOOLS, TOOLS_STRIPPED_FROM_SUBAGENTS, UNDOCUMENTED_TOOLS } from '../spec/claudeCode';
import { VSCODE_TOOL_SET, VSCODE_TOOLS } from '../spec/foreignTools';

export type ToolField = 'tools' | 'disallowedTools';

/**
 * What one entry of `tools` or `disallowedTools` is:
 * - `builtin`: a documented Claude Code tool; `undocumented`: a tool Claude Code knows that its
 *   documentation does not list (`SendFeedback`); `alias`: an old name Claude Code reads as the
 *   current tool (`Task`, `KillShell`);
 * - `mcp`: a valid MCP name or server pattern; `mcpBadPattern`: `mcp__*` where only the deny list takes it;
 * - `case`: a built-in tool written in the wrong case (`read`); `removed`: a tool that no longer exists;
 * - `vscode`: a GitHub Copilot/VS Code tool name; `wildcard`: a lone `*`; `unknown`: anything else.
 */
export type ToolClass = 'builtin' | 'undocumented' | 'alias' | 'mcp' | 'mcpBadPattern' | 'case' | 'removed' | 'vscode' | 'wildcard' | 'unknown';

export interface ClassifiedTool extends ToolEntry {
  field: ToolField;
  cls: ToolClass;
  /** The Claude Code tool this entry means, when there is a clear one. */
  suggestion?: string;
}

export interface AgentTools {
  tools?: { entry: FieldEntry; items: ClassifiedTool[] };
  disallowedTools?: { entry: FieldEntry; items: ClassifiedTool[] };
}

const BUILTIN_BY_LOWER = new Map(Object.keys(TOOLS).map((t) => [t.toLowerCase(), t]));
const ALIAS_BY_LOWER = new Map(Object.keys(TOOL_ALIASES).map((t) => [t.toLowerCase(), t]));

export function classifyTool(name: string, fieldName: ToolField): { cls: ToolClass; suggestion?: string } {
  if (name === '*') return { cls: 'wildcard' };
  if (Object.hasOwn(TOOLS, name)) return { cls: 'builtin' };
  if (Object.hasOwn(UNDOCUMENTED_TOOLS, name)) return { cls: 'undocumented' };
  if (Object.hasOwn(TOOL_ALIASES, name)) return { cls: 'alias', suggestion: TOOL_ALIASES[name]! };
  if (name.startsWith('mcp__')) {
    if (name === 'mcp__*') return fieldName === 'disallowedTools' ? { cls: 'mcp' } : { cls: 'mcpBadPattern' };
    return MCP_TOOL_PATTERN.test(name) ? { cls: 'mcp' } : { cls: 'mcpBadPattern' };
  }
  if (Object.hasOwn(REMOVED_TOOLS, name)) {
    const replacement = REMOVED_TOOLS[name]!.replacement;
    return replacement ? { cls: 'removed', suggestion: replacement } : { cls: 'removed' };
  }
  const lower = name.toLowerCase();
  const cased = BUILTIN_BY_LOWER.get(lower) ?? ALIAS_BY_LOWER.get(lower);
  if (cased) return { cls: 'case', suggestion: cased };
  if (Object.hasOwn(VSCODE_TOOLS, name)) {
    const s = VSCODE_TOOLS[name];
    return s ? { cls: 'vscode', suggestion: s } : { cls: 'vscode' };
  }
  if (VSCODE_TOOL_SET.test(name)) {
    const leaf = name.slice(name.indexOf('/') + 1);
    const s = VSCODE_TOOLS[leaf] ?? VSCODE_TOOLS[name.slice(0, name.indexOf('/'))];
    return s ? { cls: 'vscode', suggestion: s } : { cls: 'vscode' };
  }
  return { cls: 'unknown' };
}

function classifyField(doc: ParsedDocument, fieldName: ToolField): { entry: FieldEntry; items: ClassifiedTool[] } | undefined {
  const entry = field(doc, fieldName);
  if (!entry?.value) return undefined;
  const items = listEntries(doc, entry).map((t) => {
    // Built field by field: spreading `classifyTool`'s answers (of two shapes) cost more than the rest.
    const { cls, suggestion } = classifyTool(t.name, fieldName);
    const item: ClassifiedTool = { ...t, field: fieldName, cls };
    if (suggestion !== undefined) item.suggestion = suggestion;
    return item;
  });
  return { entry, items };
}

/** Both tool lists of an agent, classified once per document version. */
export function agentTools(doc: ParsedDocument): AgentTools {
  return memo(doc, 'agent.tools', (d) => {
    const tools = classifyField(d, 'tools');
    const disallowedTools = classifyField(d, 'disallowedTools');
    return { ...(tools ? { tools } : {}), ...(disallowedTools ? { disallowedTools } : {}) };
  });
}

/** Whether Claude Code strips this tool from the agent (ExitPlanMode survives in plan mode). */
export function isStripped(doc: ParsedDocument, name: string): boolean {
  if (!TOOLS_STRIPPED_FROM_SUBAGENTS.includes(name)) return false;
  return !(name === 'ExitPlanMode' && scalarString(field(doc, 'permissionMode')?.value ?? null) === 'plan');
}
