import type { ParsedDocument } from '../document/parse';
import { MPM_AGENT_FIELDS, MPM_COMMAND_FIELDS, MPM_FLAT_SKILL_FIELDS, MPM_SKILL_FIELDS, MPM_SKILL_REQUIRED, type MpmField } from '../spec/claudeMpm';
import type { DocumentKind } from '../types';
import { isFlatSkill } from './claudeMpmKinds';

const names = (fields: readonly MpmField[]) => new Set(fields.map((f) => f.name));
const AGENT = names(MPM_AGENT_FIELDS);
const SKILL = names(MPM_SKILL_FIELDS);
const FLAT_SKILL = names(MPM_FLAT_SKILL_FIELDS);
const COMMAND = names(MPM_COMMAND_FIELDS);

/** claude-mpm's own frontmatter fields for a kind (beside Claude Code's), or none. */
export function mpmFields(kind: DocumentKind, flatSkill = false): readonly MpmField[] {
  if (kind === 'agent') return MPM_AGENT_FIELDS;
  if (kind === 'skill') return flatSkill ? MPM_FLAT_SKILL_FIELDS : MPM_SKILL_FIELDS;
  if (kind === 'command') return MPM_COMMAND_FIELDS;
  return [];
}

/**
 * Whether a top-level frontmatter key is one of claude-mpm's documented fields for this document.
 * False outside claude-mpm projects: there, Claude Code's field lists alone apply.
 */
export function mpmKnowsField(doc: ParsedDocument, key: string): boolean {
  if (doc.framework !== 'claude-mpm') return false;
  switch (doc.kind) {
    case 'agent':
      return AGENT.has(key);
    case 'skill':
      return isFlatSkill(doc.uri) ? FLAT_SKILL.has(key) : SKILL.has(key);
    case 'command':
      return COMMAND.has(key);
    default:
      return false;
  }
}

/**
 * Whether claude-mpm needs a key where it is (its validators read it at the top level): a fix must
 * never move or rename it.
 */
export function mpmNeedsField(doc: ParsedDocument, key: string): boolean {
  if (doc.framework !== 'claude-mpm') return false;
  if (doc.kind === 'skill' && !isFlatSkill(doc.uri)) return MPM_SKILL_REQUIRED.includes(key) || SKILL.has(key);
  return mpmKnowsField(doc, key);
}
