import { field, type ParsedDocument } from '../document/parse';
import { decodeSafe } from '../files/uris';
import type { WorkspaceIndex } from './workspaceIndex';

/** A folder that holds Markdown files written like agents but not read as agents. */
export interface AgentCandidateFolder {
  /** Workspace-relative, forward slashes. */
  folder: string;
  /** How many of its files look like agents. */
  files: number;
}

/** How many unclassified Markdown files are opened at most, so the answer stays quick in huge workspaces. */
const SCAN_LIMIT = 5000;

/**
 * Folders under `root` whose Markdown files have agent frontmatter (`name` and `description`) but
 * match no agent, skill, command or task glob: where a collection keeps its agents outside
 * `.claude/agents/` and `agents/` (contains-studio's `engineering/*.md`, `design/*.md`, …). Most
 * files first; the user picks which to add to the agent globs.
 */
export function agentCandidateFolders(index: WorkspaceIndex, root: string, document: (uri: string) => ParsedDocument | undefined): AgentCandidateFolder[] {
  const base = root.endsWith('/') ? root : `${root}/`;
  const counts = new Map<string, number>();
  let scanned = 0;
  for (const uri of index.uris()) {
    if (!uri.startsWith(base) || index.get(uri)?.kind !== 'markdown') continue;
    if (++scanned > SCAN_LIMIT) break;
    const doc = document(uri);
    if (!doc || !field(doc, 'name') || !field(doc, 'description')) continue;
    const relative = decodeSafe(uri.slice(base.length));
    // Files at the top of the folder are READMEs and notes far more often than agents.
    if (!relative.includes('/')) continue;
    const folder = relative.slice(0, relative.lastIndexOf('/'));
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].map(([folder, files]) => ({ folder, files })).sort((a, b) => b.files - a.files || (a.folder < b.folder ? -1 : 1));
}

/**
 * The glob that reads the Markdown files of a workspace-relative folder as one kind: those directly
 * in it, or with `recursive` those below it too. Glob characters in folder names are escaped.
 */
export function folderGlob(folder: string, recursive: boolean): string {
  const clean = folder.replace(/^\.?\/+|\/+$/g, '').replace(/([*?[\]{}()!+@\\])/g, '\\$1');
  return `${clean}/${recursive ? '**/' : ''}*.md`;
}
