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
    // Every name the index answers to (folder, `name`, and the aliases other skill forms add).
    const refs = new Map<string, { ref: SkillRef; keys: string[] }>();
    for (const [key, list] of skillsByName(index)) {
      for (const ref of list) {
        const entry = refs.get(ref.uri);
        if (entry) entry.keys.push(key);
        else refs.set(ref.uri, { ref, keys: [key] });
      }
    }
    const all: SkillEntry[] = [];
    for (const { ref, keys } of refs.values()) {
      const { uri, fact } = ref;
      const plugin = pluginOfFile(
        files,
        uri,
        files.roots.find((r) => isInside(uri, r)),
      );
      const ids = [...new Set([fact.folder, ...(fact.name ? [fact.name] : []), ...keys])];
      // `claude plugin validate` lists `plugin:folder`; the docs say `name` replaces the folder.
      if (plugin) ids.push(`${plugin.name}:${fact.folder}`, ...(fact.name ? [`${plugin.name}:${fact.name}`] : []));
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
