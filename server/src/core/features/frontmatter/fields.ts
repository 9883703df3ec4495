import type { AgentDocsConfig } from '../../config/config';
import type { ParsedDocument } from '../../document/parse';
import { isFlatSkill } from '../../framework/claudeMpmKinds';
import { mpmFields } from '../../framework/claudeMpmFields';
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

/**
 * The fields of a document: its consumer's, and in a claude-mpm project claude-mpm's own too (for
 * completion and hovers), documented as claude-mpm's. Cached per kind and form.
 */
export function documentFields(doc: ParsedDocument, config: AgentDocsConfig): readonly FieldSpec[] | undefined {
  const base = fieldsFor(doc.kind, config);
  // The portable target rejects every other key: claude-mpm's are not suggested there.
  if (!base || doc.framework !== 'claude-mpm' || (doc.kind === 'skill' && config.skills.target === 'agent-skills')) return base;
  const flat = doc.kind === 'skill' && isFlatSkill(doc.uri);
  const key = `${doc.kind}:${flat}:${config.skills.target}`;
  let cached = MPM_CACHE.get(key);
  if (!cached) {
    const names = new Set(base.map((f) => f.name));
    const extra = mpmFields(doc.kind, flat)
      .filter((f) => !names.has(f.name))
      .map((f): FieldSpec => ({ name: f.name, type: 'any', doc: `**claude-mpm**: ${f.doc} Claude Code ignores it.` }));
    cached = [...base, ...extra];
    MPM_CACHE.set(key, cached);
  }
  return cached;
}

const MPM_CACHE = new Map<string, readonly FieldSpec[]>();

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
