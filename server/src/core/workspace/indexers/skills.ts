import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { parentFolderName } from '../../text/names';
import type { Range } from '../../types';
import type { Indexer, WorkspaceIndex } from '../workspaceIndex';

/** What the workspace index keeps about one skill. */
export interface SkillFact {
  /** The folder name, which is the command name of a personal or project skill. */
  folder: string;
  /** URI of the folder that holds the skill folders (`.claude/skills`, a plugin's `skills`). */
  root: string;
  /** The frontmatter `name`, when written, and where. */
  name?: string;
  nameRange?: Range;
}

/** Indexer key for skill facts; rules that read them list it in `dependsOn`. */
export const SKILLS_INDEXER = 'skills';

/** Records each SKILL.md's folder, skills root and declared `name`. */
export const skillsIndexer: Indexer<SkillFact> = {
  key: SKILLS_INDEXER,
  kinds: ['skill'],
  extract(doc) {
    const folderUri = doc.uri.slice(0, doc.uri.lastIndexOf('/'));
    const fact: SkillFact = { folder: parentFolderName(doc.uri), root: folderUri.slice(0, folderUri.lastIndexOf('/')) };
    const f = field(doc, 'name');
    const name = f?.value ? scalarString(f.value) : undefined;
    if (f && name) Object.assign(fact, { name, nameRange: doc.lines.range(f.valueStart, f.valueEnd) });
    return fact;
  },
};

/** A skill file and its facts. */
export interface SkillRef {
  uri: string;
  fact: SkillFact;
}

/** Skills by every name they answer to (folder name and frontmatter `name`), cached per index change. */
export function skillsByName(index: WorkspaceIndex): ReadonlyMap<string, readonly SkillRef[]> {
  return index.derived('skills-by-name', [SKILLS_INDEXER], () => {
    const map = new Map<string, SkillRef[]>();
    const add = (key: string, ref: SkillRef) => {
      const list = map.get(key) ?? [];
      if (!list.some((r) => r.uri === ref.uri)) list.push(ref);
      map.set(key, list);
    };
    for (const { uri, value } of index.facts(skillsIndexer)) {
      const ref = { uri, fact: value };
      add(value.folder, ref);
      if (value.name) add(value.name, ref);
    }
    return map;
  });
}
