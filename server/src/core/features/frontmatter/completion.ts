import type { AgentDocsConfig } from '../../config/config';
import type { ParsedDocument } from '../../document/parse';
import { TOOLS, TOOLS_STRIPPED_FROM_SUBAGENTS, VALUE_DOCS_BY_KIND, type FieldSpec } from '../../spec/claudeCode';
import type { CompletionItem } from '../types';
import { cursorAt, listedEntries, presentKeys, type KeyCursor, type Span, type ValueCursor } from './cursor';
import { documentFields, fieldDoc, spaceSeparatedTools } from './fields';

/** Completions inside frontmatter: missing keys, enum values, and tool names. */
export function completeFrontmatter(doc: ParsedDocument, offset: number, config: AgentDocsConfig): CompletionItem[] | undefined {
  const fields = documentFields(doc, config);
  if (!fields) return undefined;
  const cursor = cursorAt(doc, offset, spaceSeparatedTools(doc.kind));
  if (!cursor) return undefined;
  return cursor.at === 'key' ? keyItems(doc, fields, cursor) : valueItems(doc, fields, cursor, offset);
}

function keyItems(doc: ParsedDocument, fields: readonly FieldSpec[], cursor: KeyCursor): CompletionItem[] {
  const present = presentKeys(doc, cursor.line);
  const range = doc.lines.range(cursor.word.start, cursor.word.end);
  return (
    fields
      .map((spec, i) => ({ spec, i }))
      // Keys Claude Code marks internal are accepted, but not offered.
      .filter(({ spec }) => !present.has(spec.name) && !spec.internal)
      .map(({ spec, i }) => ({
        label: spec.name,
        kind: 'field' as const,
        detail: spec.required ? 'required field' : spec.undocumented ? 'optional field (undocumented)' : 'optional field',
        documentation: { kind: 'markdown' as const, value: fieldDoc(spec) },
        insertText: cursor.hasColon ? spec.name : `${spec.name}: `,
        range,
        // Required fields first, then the order the documentation lists them in.
        sortText: `${spec.required ? 0 : 1}${String(i).padStart(3, '0')}`,
      }))
  );
}

function valueItems(doc: ParsedDocument, fields: readonly FieldSpec[], cursor: ValueCursor, offset: number): CompletionItem[] | undefined {
  const spec = fields.find((f) => f.name === cursor.key);
  if (!spec) return undefined;
  const prefix = cursor.needsSpace ? ' ' : '';
  if (spec.type === 'toolList') {
    if (cursor.inSpecifier) return undefined;
    const listed = new Set(
      listedEntries(doc, cursor, spaceSeparatedTools(doc.kind))
        .filter((e) => e.start !== cursor.entry.start)
        .map((e) => e.name),
    );
    const stripped = doc.kind === 'agent' ? new Set(TOOLS_STRIPPED_FROM_SUBAGENTS) : new Set<string>();
    const range = doc.lines.range(cursor.entry.start, cursor.entry.nameEnd);
    return Object.entries(TOOLS)
      .filter(([name]) => !listed.has(name) && !stripped.has(name))
      .map(([name, description]) => ({
        label: name,
        kind: 'tool' as const,
        detail: 'Claude Code tool',
        documentation: { kind: 'markdown' as const, value: description },
        insertText: prefix + name,
        range,
        filterText: name,
      }));
  }
  if (cursor.form !== 'inline') return undefined;
  const values = spec.type === 'boolean' ? ['true', 'false'] : spec.type === 'enum' ? (spec.values ?? []) : [];
  if (values.length === 0) return undefined;
  const span: Span = cursor.value.start === cursor.value.end ? { start: offset, end: offset } : cursor.value;
  if (offset < span.start || offset > span.end) return undefined;
  const range = doc.lines.range(span.start, span.end);
  return values.map((value, i) => {
    const meaning = VALUE_DOCS_BY_KIND[doc.kind]?.[spec.name]?.[value];
    return {
      label: value,
      kind: 'value' as const,
      detail: `${spec.name} value`,
      ...(meaning ? { documentation: { kind: 'markdown' as const, value: meaning } } : {}),
      insertText: prefix + value,
      range,
      filterText: value,
      sortText: String(i).padStart(3, '0'),
    };
  });
}
