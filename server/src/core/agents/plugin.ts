/**
 * Whether an agent file belongs to a plugin, judged by its path: `plugins/<plugin>/agents/…`.
 * Claude Code ignores some fields there and prefixes the plugin's name to the agent's name.
 * (A plugin checked out on its own, with `agents/` at the workspace root, is not recognised: the
 * core sees only Markdown files, never `.claude-plugin/plugin.json`.)
 */
export function pluginOf(uri: string): string | undefined {
  const m = /\/plugins\/([^/]+)\/agents\//.exec(uri);
  return m ? uri.slice(0, m.index + m[0].length - '/agents/'.length) : undefined;
}

/** Whether Claude Code itself loads agents from this file's folder: `.claude/agents` or a plugin. */
export function isLoadedAgentFolder(uri: string): boolean {
  return uri.includes('/.claude/agents/') || pluginOf(uri) !== undefined;
}

/**
 * The scope within which agent names must be unique: a plugin folder, the `.claude/agents` tree
 * (Claude Code reads it recursively), or else, in agent collections that users copy from one
 * file at a time, the file's own folder.
 */
export function agentScopeOf(uri: string): string {
  const plugin = pluginOf(uri);
  if (plugin) return plugin;
  const claude = uri.lastIndexOf('/.claude/agents/');
  if (claude >= 0) return uri.slice(0, claude + '/.claude/agents'.length);
  return uri.slice(0, uri.lastIndexOf('/'));
}
