import { decodeSafe } from '../../files/uris';
import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { isFlatSkill } from '../../framework/claudeMpmKinds';
import { mpmFlatSkillName } from '../../spec/claudeMpm';
import { basename, parentFolderName } from '../../text/names';
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
  /** `flat`: claude-mpm's `<name>.md` form, named by its file (then `folder` is the file name without `.md`). */
  form?: 'flat';
  /**
   * Other names claude-mpm binds it by: a flat skill's `skill_id`; the name claude-mpm deploys a
   * skill of a configured skill folder under (its folders from that root, joined by `-`).
   */
  aliases?: string[];
}

/** Indexer key for skill facts; rules that read them list it in `dependsOn`. */
export const SKILLS_INDEXER = 'skills';

/** Records each SKILL.md's folder, skills root and declared `name`. */
export const skillsIndexer: Indexer<SkillFact> = {
  key: SKILLS_INDEXER,
  kinds: ['skill'],
  extract(doc) {
    const folderUri = doc.uri.slice(0, doc.uri.lastIndexOf('/'));
    if (isFlatSkill(doc.uri)) {
      const fact: SkillFact = { folder: basename(doc.uri).replace(/\.(md|markdown)$/i, ''), root: folderUri, form: 'flat' };
      const id = scalarString(field(doc, 'skill_id')?.value ?? null)?.trim();
      if (id && id !== fact.folder) fact.aliases = [id];
      return fact;
    }
    const fact: SkillFact = { folder: parentFolderName(doc.uri), root: folderUri.slice(0, folderUri.lastIndexOf('/')) };
    const f = field(doc, 'name');
    const name = f?.value ? scalarString(f.value) : undefined;
    if (f && name) Object.assign(fact, { name, nameRange: doc.lines.range(f.valueStart, f.valueEnd) });
    if (doc.skillFolder && doc.framework === 'claude-mpm' && folderUri.startsWith(doc.skillFolder)) {
      const deployed = mpmFlatSkillName(decodeSafe(folderUri.slice(doc.skillFolder.length)));
      if (deployed && deployed !== fact.folder && deployed !== fact.name) fact.aliases = [deployed];
    }
    return fact;
  },
};

/** A skill file and its facts. */
export interface SkillRef {
  uri: string;
  fact: SkillFact;
}

/**
 * Skills by every name they answer to (folder or flat file name, frontmatter `name`, claude-mpm
 * aliases), cached per index change.
 */
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
      for (const alias of value.aliases ?? []) add(alias, ref);
    }
    return map;
  });
}
