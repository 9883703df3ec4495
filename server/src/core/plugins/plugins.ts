import { childUri, dirOf, isInside, nameOf, parentUri } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';

/** A Claude Code plugin of the workspace: a folder holding `.claude-plugin/plugin.json`. */
export interface PluginInfo {
  /** The plugin folder (no trailing slash). */
  readonly root: string;
  /** The manifest's `name` (how Claude Code scopes the plugin's agents, commands and skills), else the folder name. */
  readonly name: string;
  /** Whether `name` comes from the manifest (false: it could not be read, the folder name stands in). */
  readonly named: boolean;
}

const MANIFEST_DIR = '.claude-plugin';
const MANIFEST = 'plugin.json';

/** Whether a folder is a plugin root, by its listing. */
export function isPluginRoot(files: WorkspaceFiles, dirUri: string): boolean {
  const entry = files.list(dirUri)?.byName.get(MANIFEST_DIR);
  if (!entry?.directory) return false;
  const root = files.list(childUri(dirUri, MANIFEST_DIR))?.byName.get(MANIFEST)?.directory === false;
  // Remembered, so that deleting a folder above it counts as a change of plugins.
  if (root) files.notePluginRoot(dirUri);
  return root;
}

/**
 * The plugin a file belongs to: the nearest folder above it (up to `stopAt`, when given and the
 * file is inside it) that holds `.claude-plugin/plugin.json`.
 */
export function pluginOfFile(files: WorkspaceFiles, uri: string, stopAt?: string): PluginInfo | undefined {
  return files.memo(`plugin-of:${dirOf(uri)}`, () => {
    const limit = stopAt && isInside(uri, stopAt) ? stopAt : undefined;
    for (let dir: string | undefined = dirOf(uri); dir; dir = parentUri(dir)) {
      if (isPluginRoot(files, dir)) return pluginAt(files, dir);
      if (limit && dir === limit) break;
    }
    return undefined;
  });
}

/** The plugin whose root is `root` (which must hold a manifest), its name read from the manifest. */
export function pluginAt(files: WorkspaceFiles, root: string): PluginInfo {
  return files.memo(`plugin:${root}`, () => {
    const manifest = readJson(files, childUri(childUri(root, MANIFEST_DIR), MANIFEST));
    const name = isRecord(manifest) && typeof manifest['name'] === 'string' && manifest['name'].trim() ? manifest['name'].trim() : undefined;
    return { root, name: name ?? nameOf(root), named: name !== undefined };
  });
}

/**
 * Every plugin that holds one of `fileUris` (the indexed files), by name. Computed from the
 * folders above those files, once per change of the file view.
 */
export function pluginsByName(files: WorkspaceFiles, fileUris: () => Iterable<string>, roots: readonly string[]): ReadonlyMap<string, readonly PluginInfo[]> {
  return files.memo('plugins-by-name', () => {
    const seen = new Set<string>();
    const byName = new Map<string, PluginInfo[]>();
    for (const uri of fileUris()) {
      const stop = roots.find((r) => isInside(uri, r));
      for (let dir: string | undefined = dirOf(uri); dir && !seen.has(dir); dir = parentUri(dir)) {
        seen.add(dir);
        if (isPluginRoot(files, dir)) {
          const plugin = pluginAt(files, dir);
          const list = byName.get(plugin.name) ?? [];
          list.push(plugin);
          byName.set(plugin.name, list);
        }
        if (stop && dir === stop.replace(/\/$/, '')) break;
      }
    }
    return byName;
  });
}

/**
 * The folder an MCP server of the plugin serves resources from: a folder of the plugin that the
 * server's configuration names (`${CLAUDE_PLUGIN_ROOT}/docs` in its command, arguments, env or
 * cwd), else the folder named like the server (`resources/` for the `resources` server, as
 * resin.ai's orchestrator lays it out). Undefined when neither exists.
 */
export function resourceRoot(files: WorkspaceFiles, plugin: PluginInfo, server: string): string | undefined {
  return files.memo(`resources:${plugin.root}:${server}`, () => {
    for (const value of serverStrings(files, plugin, server)) {
      for (const m of value.matchAll(/\$\{CLAUDE_PLUGIN_ROOT\}\/([^\s'"`;),]+)/g)) {
        const path = m[1]!.replace(/\/+$/, '');
        let uri = plugin.root;
        for (const seg of path.split('/')) if (seg && seg !== '.') uri = childUri(uri, seg);
        if (files.kindOf(uri) === 'directory') return uri;
      }
    }
    const folder = childUri(plugin.root, server);
    return files.kindOf(folder) === 'directory' ? folder : undefined;
  });
}

/** The MCP server configurations of the plugin, by name: its manifest's `mcpServers` (inline or a file), else `.mcp.json`. */
function pluginServers(files: WorkspaceFiles, plugin: PluginInfo): Record<string, unknown> | undefined {
  const manifest = readJson(files, childUri(childUri(plugin.root, MANIFEST_DIR), MANIFEST));
  let servers: unknown = isRecord(manifest) ? manifest['mcpServers'] : undefined;
  if (typeof servers === 'string') servers = readJson(files, childUri(plugin.root, servers.replace(/^\.\//, '')));
  if (!isRecord(servers)) {
    const mcp = readJson(files, childUri(plugin.root, '.mcp.json'));
    servers = isRecord(mcp) && isRecord(mcp['mcpServers']) ? mcp['mcpServers'] : mcp;
  }
  return isRecord(servers) ? servers : undefined;
}

/** The names of the MCP servers the plugin brings (empty when it brings none or they cannot be read). */
export function pluginServerNames(files: WorkspaceFiles, plugin: PluginInfo): readonly string[] {
  return files.memo(`plugin-servers:${plugin.root}`, () => Object.keys(pluginServers(files, plugin) ?? {}));
}

/**
 * How Claude Code names the tools of a plugin's MCP server: the server is keyed
 * `plugin:<plugin>:<server>` and its tools are `mcp__plugin_<plugin>_<server>__<tool>`, every
 * character outside `[A-Za-z0-9_-]` written `_` (Claude Code 2.1.332 binary).
 */
export function pluginServerToolPrefix(plugin: string, server: string): string {
  return `mcp__${`plugin:${plugin}:${server}`.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Every string in the configuration of one MCP server of the plugin (plugin.json, else .mcp.json). */
function serverStrings(files: WorkspaceFiles, plugin: PluginInfo, server: string): string[] {
  const servers = pluginServers(files, plugin);
  const config = servers ? servers[server] : undefined;
  const out: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (isRecord(v)) Object.values(v).forEach(collect);
  };
  collect(config);
  return out;
}

/**
 * The agent paths a plugin's manifest lists (`"agents": "./x.md"` or a list of files and folders),
 * as URIs; undefined when it lists none, and then Claude Code loads the plugin's `agents/` folder.
 */
export function manifestAgentPaths(files: WorkspaceFiles, plugin: PluginInfo): readonly string[] | undefined {
  return files.memo(`plugin-agents:${plugin.root}`, () => {
    const manifest = readJson(files, childUri(childUri(plugin.root, MANIFEST_DIR), MANIFEST));
    const agents = isRecord(manifest) ? manifest['agents'] : undefined;
    const list = typeof agents === 'string' ? [agents] : Array.isArray(agents) ? agents.filter((a): a is string => typeof a === 'string') : undefined;
    if (!list?.length) return undefined;
    return list.map((p) => {
      let uri = plugin.root;
      for (const seg of p.replace(/\/+$/, '').split('/')) if (seg && seg !== '.') uri = childUri(uri, seg);
      return uri;
    });
  });
}

function readJson(files: WorkspaceFiles, uri: string): unknown {
  const text = files.readText(uri);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
