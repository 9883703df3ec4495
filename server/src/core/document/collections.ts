import { childUri, dirOf, nameOf, parentUri } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { DocumentKind } from '../types';
import { splitFrontmatter } from './frontmatter';

/**
 * Kinds decided by content where the path does not decide them:
 * - agent collections laid out without configuration: a Markdown file whose frontmatter has
 *   `name`, `description` and a field only agents have, in a folder holding at least one other such
 *   file, is an agent wherever it lives (department folders such as `engineering/*.md`,
 *   `categories/01-core-development/*.md`);
 * - documents a skill reads: a Markdown file without frontmatter in a skill's own `agents/` folder
 *   (next to its SKILL.md) is a prompt the skill hands out, not a Claude Code agent.
 */

/** Fields only agents have (skills and commands spell theirs differently or lack them). */
const AGENT_ONLY = ['tools', 'color', 'permissionMode', 'maxTurns', 'disallowedTools', 'memory', 'isolation', 'mcpServers', 'initialPrompt', 'omitClaudeMd'];
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/gm;

/** Whether a text's frontmatter carries `name`, `description` and an agent-only field. */
export function looksLikeAgent(text: string): boolean {
  if (!text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return false;
  const fm = splitFrontmatter(text);
  if (!fm?.close || fm.language !== undefined) return false;
  const keys = new Set<string>();
  KEY_LINE.lastIndex = 0;
  const content = text.slice(fm.contentStart, fm.contentEnd);
  for (let m = KEY_LINE.exec(content); m; m = KEY_LINE.exec(content)) keys.add(m[1]!);
  return keys.has('name') && keys.has('description') && AGENT_ONLY.some((k) => keys.has(k));
}

/**
 * Remembers which Markdown files look like agents, folder by folder, so that deciding whether a
 * folder is a collection reads each sibling at most once (the file view's own caches are dropped
 * whenever a file is indexed).
 */
export class AgentCollections {
  private readonly byFolder = new Map<string, Map<string, boolean>>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly read: (uri: string) => string | undefined,
  ) {}

  /** The kind of a document by its content, given the kind its path gave. */
  refine(uri: string, kind: DocumentKind, text: string): DocumentKind {
    if (kind === 'markdown') {
      const agentLike = this.note(uri, text);
      return agentLike && this.hasAgentSibling(uri) ? 'agent' : kind;
    }
    if (kind === 'agent' && !text.trimStart().startsWith('---') && this.inSkillAgentsFolder(uri)) return 'markdown';
    return kind;
  }

  /** Forgets a file (deleted or renamed). */
  forget(uri: string): void {
    this.byFolder.get(dirOf(uri))?.delete(uri);
  }

  private note(uri: string, text: string): boolean {
    const dir = dirOf(uri);
    let seen = this.byFolder.get(dir);
    if (!seen) this.byFolder.set(dir, (seen = new Map()));
    const agentLike = looksLikeAgent(text);
    seen.set(uri, agentLike);
    return agentLike;
  }

  private hasAgentSibling(uri: string): boolean {
    const dir = dirOf(uri);
    const seen = this.byFolder.get(dir)!;
    for (const [other, agentLike] of seen) if (other !== uri && agentLike) return true;
    for (const entry of this.files.list(dir)?.entries ?? []) {
      if (entry.directory || !/\.md$/i.test(entry.name)) continue;
      const other = childUri(dir, entry.name);
      if (other === uri || seen.has(other)) continue;
      const text = this.read(other);
      const agentLike = text !== undefined && looksLikeAgent(text);
      seen.set(other, agentLike);
      if (agentLike) return true;
    }
    return false;
  }

  /** Whether the file sits in an `agents/` folder of a skill (a folder holding SKILL.md). */
  private inSkillAgentsFolder(uri: string): boolean {
    for (let dir: string | undefined = dirOf(uri); dir; dir = parentUri(dir)) {
      if (nameOf(dir) !== 'agents') continue;
      const skill = parentUri(dir);
      return skill !== undefined && (this.files.list(skill)?.byLowerName.has('skill.md') ?? false);
    }
    return false;
  }
}
