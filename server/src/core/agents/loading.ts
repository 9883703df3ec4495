import { field, type ParsedDocument } from '../document/parse';
import { isMap, isScalar, isSeq } from '../document/yamlFields';
import { topLevelBlocks } from '../document/topLevelBlocks';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { nameOf } from '../files/uris';
import { agentPlace, type AgentPlace } from './plugin';

/**
 * What Claude Code makes of an agent file, per scope, as its 2.1.332 loaders do:
 * - project and user agents (`.claude/agents/`): a file whose frontmatter has no `name` is a
 *   reference document and is skipped silently; one whose `name` is not text, starts with `-`,
 *   holds `:` or is over 256 characters, or whose `description` is missing, empty or not text, is
 *   refused with only a debug-log line. (The validator reports a missing `description` as a
 *   warning and a list `description` as "dropped"; the loader is stricter, and decides.)
 * - plugin agents always load: under their `name` (any scalar, as text), else their file name;
 *   with `description` (text, a number or a boolean, as text), else `when_to_use`, else
 *   "Agent from <plugin> plugin". Frontmatter that cannot be read costs every field but the file
 *   name.
 */
export type AgentRefusal =
  | 'no-frontmatter'
  | 'unreadable'
  | 'not-mapping'
  | 'no-name'
  | 'name-not-text'
  | 'name-dash'
  | 'name-colon'
  | 'name-too-long'
  | 'no-description'
  | 'description-not-text';

export interface LoadedAgent {
  readonly place: AgentPlace;
  /** Whether Claude Code registers the agent (a collection file: if installed as a project agent). */
  readonly loads: boolean;
  readonly refusal?: AgentRefusal;
  /** The name it runs under (without a plugin's prefix), when it loads. */
  readonly name?: string;
  /** Whether its frontmatter fields are read at all. */
  readonly fieldsRead: boolean;
}

/** Longest `name` Claude Code accepts. */
export const MAX_AGENT_NAME = 256;

/** A field's value as plain data: string, number, boolean, null, array or object. */
export function plainValue(doc: ParsedDocument, key: string): unknown {
  const entry = field(doc, key);
  if (!entry) return undefined;
  const node = entry.value;
  if (!node) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((i) => (isScalar(i) ? i.value : i));
  if (isMap(node)) return Object.fromEntries(node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p.value]));
  return null;
}

/** The file name without `.md`: a plugin agent's name when its frontmatter gives none. */
export function fileStem(uri: string): string {
  return nameOf(uri).replace(/\.md$/i, '');
}

/** Whether Claude Code reads any field of the document's frontmatter. */
export function fieldsReadable(doc: ParsedDocument): 'yes' | 'no-frontmatter' | 'unreadable' | 'not-mapping' {
  const fm = doc.frontmatter;
  if (!fm || fm.language !== undefined || !fm.close || !fm.yaml) return 'no-frontmatter';
  if (fm.yaml.errors.length > 0) return 'unreadable';
  return fm.yaml.isMapping ? 'yes' : 'not-mapping';
}

export function loadAgent(doc: ParsedDocument, files?: WorkspaceFiles): LoadedAgent {
  const place = agentPlace(doc.uri, files);
  const readable = fieldsReadable(doc);
  const fieldsRead = readable === 'yes';
  const name = fieldsRead ? plainValue(doc, 'name') : undefined;
  if (place.scope === 'plugin') {
    const text = name === undefined || name === null ? '' : String(name);
    return { place, loads: true, name: text && text.length <= MAX_AGENT_NAME ? text : fileStem(doc.uri), fieldsRead };
  }
  const refuse = (refusal: AgentRefusal): LoadedAgent => ({ place, loads: false, refusal, fieldsRead });
  if (readable !== 'yes') return refuse(readable);
  if (!name) return refuse('no-name');
  if (typeof name !== 'string') return refuse('name-not-text');
  if (name.startsWith('-')) return refuse('name-dash');
  if (name.length > MAX_AGENT_NAME) return refuse('name-too-long');
  if (name.normalize('NFKC').includes(':')) return refuse('name-colon');
  const description = plainValue(doc, 'description');
  if (!description) return refuse('no-description');
  if (typeof description !== 'string') return refuse('description-not-text');
  return { place, loads: true, name, fieldsRead };
}

/** Keys written in the frontmatter, read line by line (so also when the YAML does not parse). */
export function writtenKeys(doc: ParsedDocument): string[] {
  return [...new Set(topLevelBlocks(doc).map((b) => b.key))];
}
