import { agentPlace } from '../agents/plugin';
import { fileStem, writtenKeys } from '../agents/loading';
import type { ParsedDocument } from '../document/parse';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { FIELDS_BY_KIND } from '../spec/claudeCode';
import type { Severity } from '../types';

/** What it costs when Claude Code reads none of a file's frontmatter, said for this file. */
export interface Consequence {
  readonly severity: Severity;
  /** A clause that completes "Claude Code cannot read this frontmatter: …". */
  readonly text: string;
}

function list(keys: readonly string[]): string {
  const shown = keys.slice(0, 4).map((k) => `\`${k}\``);
  const more = keys.length > 4 ? ` and ${keys.length - 4} more` : '';
  if (shown.length <= 1) return `${shown.join('')}${more}`;
  return more ? `${shown.join(', ')}${more}` : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/**
 * The consequence of frontmatter Claude Code reads none of, by kind and scope: YAML that fails
 * even after its fallback (`unparsed`), or a block it does not see as frontmatter at all
 * (`unseen`: not on line 1, never closed, another language). A project or user agent does not
 * load: an error. Otherwise the file loads without its fields: an error when the YAML fails and
 * a field Claude Code uses is lost (its validator calls that an error too); a warning when the
 * block is not seen (the validator warns "No frontmatter block found") or holds no such field.
 */
export function unreadableConsequence(
  doc: ParsedDocument,
  files?: WorkspaceFiles,
  keys = writtenKeys(doc),
  how: 'unparsed' | 'unseen' = 'unparsed',
): Consequence {
  const known = new Set((FIELDS_BY_KIND[doc.kind] ?? []).map((f) => f.name));
  const lost = keys.filter((k) => known.has(k) && k !== 'name');
  const lostText = lost.length ? ` (no ${list(lost)})` : '';
  if (doc.kind === 'agent') {
    const place = agentPlace(doc.uri, files);
    const asPlugin = `loads as \`${fileStem(doc.uri)}\` with every other field dropped${lostText}`;
    if (place.scope === 'plugin') return { severity: lost.length && how === 'unparsed' ? 'error' : 'warning', text: `as a plugin agent it ${asPlugin}` };
    if (place.scope === 'project') return { severity: 'error', text: 'as a project or user agent it does not load at all' };
    return { severity: 'error', text: `as a project or user agent it does not load at all; as a plugin agent it ${asPlugin}` };
  }
  if (doc.kind === 'skill' || doc.kind === 'command') {
    return { severity: lost.length && how === 'unparsed' ? 'error' : 'warning', text: `the ${doc.kind} loads with every frontmatter field dropped${lostText}` };
  }
  return { severity: 'warning', text: 'none of its fields are read' };
}

/** Column-0 keys written between two offsets: the fields of a block Claude Code does not see. */
export function keysBetween(text: string, start: number, end: number): string[] {
  const keys = new Set<string>();
  for (const m of text.slice(start, end).matchAll(/^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|\r?$)/gm)) keys.add(m[1]!);
  return [...keys];
}
