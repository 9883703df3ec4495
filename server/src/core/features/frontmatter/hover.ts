import type { AgentDocsConfig } from '../../config/config';
import type { ParsedDocument } from '../../document/parse';
import {
  MCP_TOOL_PATTERN,
  MODEL_ID_PATTERN,
  REMOVED_TOOLS,
  TOOL_ALIASES,
  UNDOCUMENTED_TOOLS,
  TOOLS,
  TOOLS_STRIPPED_FROM_SUBAGENTS,
  VALUE_DOCS_BY_KIND,
  type FieldSpec,
} from '../../spec/claudeCode';
import type { DocumentKind } from '../../types';
import type { Hover } from '../types';
import { suggestField } from '../../fields/suggest';
import { cursorAt, type ValueCursor } from './cursor';
import { documentFields, fieldDoc, spaceSeparatedTools } from './fields';

/** Hovers inside frontmatter: a key's documentation, an enum value's meaning, a tool's description. */
export function hoverFrontmatter(doc: ParsedDocument, offset: number, config: AgentDocsConfig): Hover | undefined {
  const fields = documentFields(doc, config);
  if (!fields) return undefined;
  const cursor = cursorAt(doc, offset, spaceSeparatedTools(doc.kind));
  if (!cursor) return undefined;
  if (cursor.at === 'key') {
    const key = doc.text.slice(cursor.word.start, cursor.word.end);
    const spec = fields.find((f) => f.name === key);
    if (spec) return markdown(fieldDoc(spec), doc, cursor.word.start, cursor.word.end);
    return key ? markdown(unknownKeyDoc(key, doc.kind, fields), doc, cursor.word.start, cursor.word.end) : undefined;
  }
  const spec = fields.find((f) => f.name === cursor.key);
  return spec ? valueHover(doc, spec, cursor, offset) : undefined;
}

/**
 * A key Claude Code does not read: what happens to it, and the field it may have meant. Editors
 * with their own checks (VS Code's skill validation) say what *they* read; this says what Claude
 * Code does, beside it.
 */
function unknownKeyDoc(key: string, kind: DocumentKind, fields: readonly FieldSpec[]): string {
  const what = kind === 'agent' ? 'agents' : kind === 'skill' ? 'skills' : kind === 'command' ? 'commands' : `${kind} documents`;
  const suggestion = suggestField(
    key,
    fields.map((f) => f.name),
  );
  const lines = [`\`${key}\`: not a field Claude Code reads for ${what}; it is ignored.`];
  if (suggestion) lines.push(`Did you mean \`${suggestion}\`?`);
  if (kind === 'skill') lines.push('Keep your own data under `metadata`.');
  return lines.join(' ');
}

function valueHover(doc: ParsedDocument, spec: FieldSpec, cursor: ValueCursor, offset: number): Hover | undefined {
  if (spec.type === 'toolList') {
    const { entry } = cursor;
    if (entry.start === entry.end || offset > entry.end) return undefined;
    const text = toolDoc(entry.name, doc.kind);
    // Over the specifier the whole entry is the subject; over the name, just the name.
    return text ? markdown(text, doc, entry.start, cursor.inSpecifier ? entry.end : entry.nameEnd) : undefined;
  }
  if (cursor.form !== 'inline' || (spec.type !== 'enum' && spec.type !== 'boolean')) return undefined;
  const { start, end } = cursor.value;
  if (start === end || offset < start || offset > end) return undefined;
  const value = doc.text.slice(start, end);
  const meaning = VALUE_DOCS_BY_KIND[doc.kind]?.[spec.name]?.[value];
  if (meaning) return markdown(`\`${spec.name}: ${value}\`\n\n${meaning}`, doc, start, end);
  if (spec.pattern === MODEL_ID_PATTERN && MODEL_ID_PATTERN.test(value)) {
    return markdown(`\`${spec.name}: ${value}\`\n\nA full model ID, accepted as by the \`--model\` flag.`, doc, start, end);
  }
  return undefined;
}

/** What a `tools` entry names: a built-in tool, an old alias, a removed tool, or an MCP tool. */
export function toolDoc(name: string, kind: DocumentKind): string | undefined {
  const description = TOOLS[name];
  if (description) {
    const stripped = kind === 'agent' && TOOLS_STRIPPED_FROM_SUBAGENTS.includes(name);
    return `**${name}** (Claude Code tool)\n\n${description}${stripped ? '\n\nClaude Code removes this tool from every subagent, even when it is listed.' : ''}`;
  }
  const undocumented = UNDOCUMENTED_TOOLS[name];
  if (undocumented) {
    const stripped = kind === 'agent' && TOOLS_STRIPPED_FROM_SUBAGENTS.includes(name);
    return `**${name}** (Claude Code tool, undocumented)\n\n${undocumented}${stripped ? '\n\nClaude Code removes this tool from every subagent, even when it is listed.' : ''}`;
  }
  const alias = TOOL_ALIASES[name];
  if (alias) return `**${name}**: an old name Claude Code reads as \`${alias}\`.\n\n${TOOLS[alias] ?? UNDOCUMENTED_TOOLS[alias] ?? ''}`.trimEnd();
  const removed = REMOVED_TOOLS[name];
  if (removed) {
    const when = removed.removedIn ? ` (removed in ${removed.removedIn})` : '';
    return `**${name}**: no longer a Claude Code tool${when}; listing it grants nothing.${removed.replacement ? ` \`${removed.replacement}\` does this job now.` : ''}`;
  }
  if (MCP_TOOL_PATTERN.test(name)) {
    const [, server, tool] = name.split('__');
    if (server === '*') return `**${name}**: every tool of every MCP server.`;
    return tool && tool !== '*'
      ? `**${name}**: the tool \`${tool}\` of the MCP server \`${server}\`.`
      : `**${name}**: every tool of the MCP server \`${server}\`.`;
  }
  return undefined;
}

function markdown(value: string, doc: ParsedDocument, start: number, end: number): Hover {
  return { contents: { kind: 'markdown', value }, range: doc.lines.range(start, end) };
}
