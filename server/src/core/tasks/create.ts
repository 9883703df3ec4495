import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Fix } from '../types';
import { epicOf, LEVEL_NAMES, levelOf, parentId } from './ids';
import { legacyFileName } from './fileName';
import { planLayoutOf } from './plan';
import { basename } from '../text/names';
import { taskFileFor, taskIdTable } from './tree';

/** Names used when creating a file for an ID: the item's own and its ancestors'. */
export interface NewItemNames {
  name: string;
  epic: string;
  story: string;
}

/** Names for a new item: ancestors' from their files (or from siblings' file names), own as given. */
export function namesFor(index: WorkspaceIndex, id: string, ownName: string | undefined): NewItemNames {
  const level = levelOf(id);
  const epicEntry = taskFileFor(index, epicOf(id));
  const storyId = level === 3 ? parentId(id)! : id.slice(0, 7);
  const storyEntry = level >= 2 ? taskFileFor(index, storyId) : undefined;
  let epic = epicEntry?.fact.name;
  let story = storyEntry?.fact.name;
  if (!epic || !story) {
    for (const [other, entries] of taskIdTable(index).byId) {
      const f = entries[0]!.fact;
      if (!epic && epicOf(other) === epicOf(id) && f.epicName) epic = f.epicName;
      if (!story && level === 3 && other.startsWith(`${storyId}.`) && f.storyName) story = f.storyName;
    }
  }
  const fallback = level === 1 ? 'Epic Name' : level === 2 ? 'Story Name' : 'Task Name';
  const name = ownName?.trim() || (level === 1 ? epic : level === 2 ? story : undefined) || fallback;
  return { name, epic: level === 1 ? name : epic || 'Epic Name', story: level === 2 ? name : story || 'Story Name' };
}

/**
 * Where a new file for an ID goes: the folder of the nearest existing relative (or of `nearUri`
 * when it is a task document), named in that folder's layout (legacy names every ancestor).
 */
export function newFileUri(index: WorkspaceIndex, id: string, names: NewItemNames, nearUri: string, nearIsTask: boolean): string | undefined {
  let folder: string | undefined;
  for (let p: string | undefined = parentId(id); p && !folder; p = parentId(p)) {
    const e = taskFileFor(index, p);
    if (e) folder = folderOf(e.uri);
  }
  if (!folder && nearIsTask) folder = folderOf(nearUri);
  if (!folder) {
    const any = taskIdTable(index).byId.values().next().value;
    if (any) folder = folderOf(any[0]!.uri);
  }
  if (!folder) return undefined;
  const plugin = planLayoutOf(folder) === 'plugin';
  const file = plugin ? `${id} - ${names.name}.md` : legacyFileName(id, names);
  return folder + encodeURIComponent(file.replace(/\//g, '-'));
}

/** A fix that creates the file for an ID from the template; undefined when no task folder is known. */
export function createFileFix(index: WorkspaceIndex, id: string, ownName: string | undefined, nearUri: string, nearIsTask: boolean): Fix | undefined {
  const names = namesFor(index, id, ownName);
  const uri = newFileUri(index, id, names, nearUri, nearIsTask);
  if (!uri || index.has(uri)) return undefined;
  const plugin = planLayoutOf(uri) === 'plugin';
  return {
    title: `Create ${LEVEL_NAMES[levelOf(id)].toLowerCase()} file ${basename(uri)}`,
    edit: { changes: {}, creates: [{ uri, content: templateFor(id, names, plugin) }] },
  };
}

/** The name written after an ID in a reference (`Task [0001.02.04] - Remove item (…)` → `Remove item`). */
export function nameAfter(text: string, idEnd: number): string | undefined {
  const m = /^\]?\*{0,2}(?:\s+[-–—]\s+|:\s*)([^()[\]\n|*`]+)/.exec(text.slice(idEnd));
  const name = m?.[1]?.replace(/[.,;:!?\s]+$/, '').trim();
  return name ? name : undefined;
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

const enc = (s: string) => encodeURIComponent(s);

/**
 * A new epic, story or task document following the project's templates, with the right names and
 * URL-encoded links to its parents (relative to the new file, as they sit in the same folder).
 */
export function templateFor(id: string, names: NewItemNames, plugin: boolean): string {
  const level = levelOf(id);
  const epicId = epicOf(id);
  const storyId = id.slice(0, 7);
  const epicFile = plugin ? `${epicId} - ${names.epic}.md` : legacyFileName(epicId, { name: names.epic });
  const storyFile = plugin ? `${storyId} - ${names.story}.md` : legacyFileName(storyId, { epic: names.epic, name: names.story });
  const epicLink = `**Epic**: [${epicId}] - ${names.epic} ([📋 Epic Document](./${enc(epicFile)}))`;
  const storyLink = `**Story**: [${storyId}] - ${names.story} ([📋 Story Document](./${enc(storyFile)}))`;
  if (level === 1) {
    return `# Epic [${id}] - ${names.name}\n\n## Epic Overview\n\n**Epic ID**: ${id}\n**Epic Name**: ${names.name}\n**Status**: NOT_STARTED\n\n## Story Breakdown\n`;
  }
  if (level === 2) {
    return `# Story [${id}] - ${names.epic} - ${names.name}\n\n## Story Overview\n\n**Story ID**: ${id}\n**Story Name**: ${names.name}\n${epicLink}\n**Status**: NOT_STARTED\n\n## Task Breakdown\n\n## Business Value Assessment\n\n**Current Progress**: **0% COMPLETE** (0 of 0 tasks completed)\n`;
  }
  return `# Task [${id}] - ${names.epic} - ${names.story} - ${names.name}\n\n## Task Header\n\n**Task ID**: ${id}\n**Task Name**: ${names.name}\n${storyLink}\n${epicLink}\n**Development Status**: NOT_STARTED (PENDING)\n**QA Validation Status**: QA_PENDING\n\n## Task Scope\n\n### Primary Objective\n\n## Success Criteria\n\n- [ ] \n\n---\n\n**Development Status**: NOT_STARTED (PENDING)\n**QA Validation Status**: QA_PENDING\n`;
}
