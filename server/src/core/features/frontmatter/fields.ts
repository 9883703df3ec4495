import type { AgentDocsConfig } from '../../config/config';
import { AGENT_SKILLS_FIELDS, FIELDS_BY_KIND, MODEL_ID_PATTERN, SPACE_SEPARATED_TOOL_KINDS, type FieldSpec } from '../../spec/claudeCode';
import type { DocumentKind } from '../../types';

/**
 * The frontmatter fields the configured consumer reads for a document kind, or undefined when it
 * has none. Skills checked for the portable Agent Skills specification get its shorter list.
 */
export function fieldsFor(kind: DocumentKind, config: AgentDocsConfig): readonly FieldSpec[] | undefined {
  if (kind === 'skill' && config.skills.target === 'agent-skills') return AGENT_SKILLS_FIELDS;
  return FIELDS_BY_KIND[kind];
}

/** Whether tool lists of this kind also separate entries by spaces. */
export function spaceSeparatedTools(kind: DocumentKind): boolean {
  return SPACE_SEPARATED_TOOL_KINDS.includes(kind);
}

/** A field's documentation as Markdown: what it does, then its accepted values when they are few. */
export function fieldDoc(spec: FieldSpec): string {
  const parts = [spec.required ? `\`${spec.name}\` (required)` : `\`${spec.name}\``, spec.doc];
  if (spec.type === 'enum' && spec.values?.length) {
    parts.push(`Values: ${spec.values.map((v) => `\`${v}\``).join(', ')}${spec.pattern === MODEL_ID_PATTERN ? ', or a full model ID' : ''}.`);
  } else if (spec.type === 'boolean') {
    parts.push('Values: `true`, `false`.');
  }
  return parts.join('\n\n');
}
