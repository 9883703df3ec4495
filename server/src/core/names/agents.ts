import { decodeSafe, dirOf, isInside, nameOf } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { pluginOfFile, type PluginInfo } from '../plugins/plugins';
import { AGENT_NAME_KEY, agentNameIndexer } from '../workspace/indexers/agentNames';
import type { Range } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { SUMMARY_KEY } from '../workspace/indexers/summary';
import { namesCache } from './cache';
import { groupBy } from './group';

/** One agent of the workspace and the names it answers to. */
export interface AgentEntry {
  readonly uri: string;
  /** The frontmatter `name`; the file name when there is none (`unnamed`). */
  readonly name: string;
  readonly unnamed: boolean;
  /** Where `name:`'s value is written. */
  readonly nameRange?: Range;
  /**
   * The identifier Claude Code runs it under and matches `subagent_type`, `Agent(…)` and
   * `@agent-…` against: the name, or in a plugin `plugin:name` with the subfolders of `agents/`
   * in between (`my-plugin:review:security`).
   */
  readonly id: string;
  readonly plugin?: PluginInfo;
}

export interface AgentNames {
  readonly all: readonly AgentEntry[];
  /** By `id` (what Claude Code matches). */
  readonly byId: ReadonlyMap<string, readonly AgentEntry[]>;
  /** By bare `name`, plugin agents included. */
  readonly byName: ReadonlyMap<string, readonly AgentEntry[]>;
}

/** The index keys the agent names read. */
export const AGENT_NAME_KEYS: readonly string[] = [AGENT_NAME_KEY, SUMMARY_KEY];

/** Every agent of the workspace by the names it answers to; cached until agents or files change. */
export function agentNames(index: WorkspaceIndex, files: WorkspaceFiles): AgentNames {
  return namesCache(files, index, 'agents', AGENT_NAME_KEYS, () => {
    const all: AgentEntry[] = [];
    // The files of the kind, not their summaries: a command or a context agent is read to learn
    // its kind but not parsed for it. (Every agent, skill and command has a summary fact.)
    for (const uri of index.urisOfKind('agent')) {
      const fact = index.fact(uri, agentNameIndexer);
      const name = fact?.name ?? nameOf(uri).replace(/\.(md|markdown)$/i, '');
      const plugin = pluginOfFile(
        files,
        uri,
        files.roots.find((r) => isInside(uri, r)),
      );
      const id = plugin ? scopedId(plugin, uri, name) : name;
      all.push({ uri, name, unnamed: !fact, ...(fact ? { nameRange: fact.range } : {}), id, ...(plugin ? { plugin } : {}) });
    }
    return { all, byId: groupBy(all, (a) => a.id), byName: groupBy(all, (a) => a.name) };
  });
}

/** `plugin:sub:name` for an agent under the plugin's `agents/` folder; `plugin:name` elsewhere. */
function scopedId(plugin: PluginInfo, uri: string, name: string): string {
  const agentsDir = `${plugin.root}/agents/`;
  const inner = uri.startsWith(agentsDir)
    ? dirOf(uri)
        .slice(agentsDir.length - 1)
        .split('/')
        .filter(Boolean)
        .map(decodeSafe)
    : [];
  return [plugin.name, ...inner, name].join(':');
}
