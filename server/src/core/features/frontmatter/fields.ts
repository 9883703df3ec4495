import { FIELDS_BY_KIND, MODEL_ID_PATTERN, type FieldSpec } from '../../spec/claudeCode';
import type { DocumentKind } from '../../types';

/** The frontmatter fields Claude Code reads for a document kind, or undefined when it has none. */
export function fieldsFor(kind: DocumentKind): readonly FieldSpec[] | undefined {
  return FIELDS_BY_KIND[kind];
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
