import { decodeSafe, dirOf, isInside, nameOf } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { pluginOfFile, type PluginInfo } from '../plugins/plugins';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { SUMMARY_KEY } from '../workspace/indexers/summary';
import { namesCache } from './cache';
import { groupBy } from './group';

/** One slash command file and the names it answers to. */
export interface CommandEntry {
  readonly uri: string;
  /** The file name without extension: `/name`. */
  readonly name: string;
  /** `name`, and in a plugin `plugin:name`. */
  readonly ids: readonly string[];
  readonly plugin?: PluginInfo;
}

export interface CommandNames {
  readonly all: readonly CommandEntry[];
  readonly byId: ReadonlyMap<string, readonly CommandEntry[]>;
}

/** `plugin:sub:name` for `commands/sub/name.md` of a plugin (what `claude plugin validate` lists). */
function scopedId(plugin: PluginInfo, uri: string, name: string): string {
  const dir = `${plugin.root}/commands/`;
  const inner = uri.startsWith(dir)
    ? dirOf(uri)
        .slice(dir.length - 1)
        .split('/')
        .filter(Boolean)
        .map(decodeSafe)
    : [];
  return [plugin.name, ...inner, name].join(':');
}

/** Every command file of the workspace; cached until commands or files change. */
export function commandNames(index: WorkspaceIndex, files: WorkspaceFiles): CommandNames {
  return namesCache(files, index, 'commands', [SUMMARY_KEY], () => {
    const all: CommandEntry[] = [];
    // The files of the kind, not their summaries: a command or a context agent is read to learn
    // its kind but not parsed for it. (Every agent, skill and command has a summary fact.)
    for (const uri of index.urisOfKind('command')) {
      const name = nameOf(uri).replace(/\.(md|markdown)$/i, '');
      const plugin = pluginOfFile(
        files,
        uri,
        files.roots.find((r) => isInside(uri, r)),
      );
      all.push({ uri, name, ids: plugin ? [name, scopedId(plugin, uri, name)] : [name], ...(plugin ? { plugin } : {}) });
    }
    return { all, byId: groupBy(all, (c) => c.ids) };
  });
}
