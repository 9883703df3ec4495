import { isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { pluginOfFile, type PluginInfo } from '../plugins/plugins';
import type { Range } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { SKILLS_INDEXER, skillsByName, type SkillRef } from '../workspace/indexers/skills';
import { namesCache } from './cache';
import { groupBy } from './group';

/** One skill and the names it answers to. */
export interface SkillEntry {
  readonly uri: string;
  /** The folder name (a project or personal skill's command name). */
  readonly folder: string;
  /** The frontmatter `name`, when written. */
  readonly name?: string;
  readonly nameRange?: Range;
  /**
   * Every name that invokes or preloads it: the folder name and `name`, and in a plugin
   * `plugin:name` (the frontmatter name, else the folder name).
   */
  readonly ids: readonly string[];
  readonly plugin?: PluginInfo;
}

export interface SkillNames {
  readonly all: readonly SkillEntry[];
  readonly byId: ReadonlyMap<string, readonly SkillEntry[]>;
}

/**
 * Every skill the workspace index knows (`skillsByName`, which other skill forms extend), with
 * plugin-scoped names; cached until skills or files change.
 */
export function skillNames(index: WorkspaceIndex, files: WorkspaceFiles): SkillNames {
  return namesCache(files, index, 'skills', [SKILLS_INDEXER], () => {
    const refs = new Map<string, SkillRef>();
    for (const list of skillsByName(index).values()) for (const ref of list) refs.set(ref.uri, ref);
    const all: SkillEntry[] = [];
    for (const { uri, fact } of refs.values()) {
      const plugin = pluginOfFile(files, uri, files.roots.find((r) => isInside(uri, r)));
      const ids = [fact.folder, ...(fact.name ? [fact.name] : [])];
      if (plugin) ids.push(`${plugin.name}:${fact.name ?? fact.folder}`);
      all.push({
        uri,
        folder: fact.folder,
        ...(fact.name ? { name: fact.name } : {}),
        ...(fact.nameRange ? { nameRange: fact.nameRange } : {}),
        ids,
        ...(plugin ? { plugin } : {}),
      });
    }
    return { all, byId: groupBy(all, (s) => s.ids) };
  });
}
