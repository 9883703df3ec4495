import { decodeSafe, dirOf, isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { manifestAgentPaths, pluginOfFile, type PluginInfo } from '../plugins/plugins';

/**
 * Where Claude Code would load an agent file from, which decides what a mistake costs:
 * - `plugin`: an agent of a plugin (a folder with `.claude-plugin/plugin.json`, wherever it sits):
 *   in its `agents/` folder, or among the paths its manifest's `agents` lists. Such an agent
 *   always loads, under its file name when its frontmatter cannot be read.
 * - `project`: a `.claude/agents/` tree (a project's, or the user's `~/.claude/agents`), where an
 *   agent without a readable `name` and `description` does not load at all.
 * - `collection`: any other folder (agent collections that people copy from); Claude Code loads
 *   nothing from there, and the file is judged as a project or user agent, how most are installed.
 */
export type AgentScope = 'plugin' | 'project' | 'collection';

export interface AgentPlace {
  readonly scope: AgentScope;
  /** The plugin folder (no trailing slash), for plugin agents. */
  readonly pluginRoot?: string;
  /** The plugin's name (its manifest's, else its folder's), for plugin agents. */
  readonly pluginName?: string;
}

/**
 * The plugin folder of a `plugins/<plugin>/agents/…` path: the marketplace layout, recognised
 * without a manifest where none is at hand (a collection checked out without its JSON files).
 */
function pluginByPath(uri: string): string | undefined {
  const m = /\/plugins\/([^/]+)\/agents\//.exec(uri);
  return m ? uri.slice(0, m.index + m[0].length - '/agents/'.length) : undefined;
}

function inPlugin(files: WorkspaceFiles | undefined, uri: string, plugin: PluginInfo): boolean {
  const listed = files ? manifestAgentPaths(files, plugin) : undefined;
  if (listed) return listed.some((p) => isInside(uri, p));
  return isInside(uri, `${plugin.root}/agents`);
}

/** Where an agent file would be loaded from (see AgentScope). `files` is the host's file view. */
export function agentPlace(uri: string, files?: WorkspaceFiles): AgentPlace {
  if (files) {
    const plugin = pluginOfFile(
      files,
      uri,
      files.roots.find((r) => isInside(uri, r)),
    );
    if (plugin && inPlugin(files, uri, plugin)) return { scope: 'plugin', pluginRoot: plugin.root, pluginName: plugin.name };
  }
  const byPath = pluginByPath(uri);
  if (byPath) return { scope: 'plugin', pluginRoot: byPath, pluginName: decodeSafe(byPath.slice(byPath.lastIndexOf('/') + 1)) };
  if (uri.includes('/.claude/agents/')) return { scope: 'project' };
  return { scope: 'collection' };
}

/** Whether an agent file belongs to a plugin: its plugin folder, or undefined. */
export function pluginOf(uri: string, files?: WorkspaceFiles): string | undefined {
  return agentPlace(uri, files).pluginRoot;
}

/** Whether Claude Code itself loads agents from this file's folder: `.claude/agents` or a plugin. */
export function isLoadedAgentFolder(uri: string, files?: WorkspaceFiles): boolean {
  return agentPlace(uri, files).scope !== 'collection';
}

/**
 * The scope within which agent names must be unique: a plugin folder, the `.claude/agents` tree
 * (Claude Code reads it recursively), or else, in agent collections that users copy from one
 * file at a time, the file's own folder.
 */
export function agentScopeOf(uri: string, files?: WorkspaceFiles): string {
  const plugin = pluginOf(uri, files);
  if (plugin) return plugin;
  const claude = uri.lastIndexOf('/.claude/agents/');
  if (claude >= 0) return uri.slice(0, claude + '/.claude/agents'.length);
  return dirOf(uri);
}
