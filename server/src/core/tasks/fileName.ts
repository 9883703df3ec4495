import { basename } from '../text/names';
import { isTaskId, levelOf, type TaskLevel } from './ids';

/** What a task document's file name says: `0001.02.03 - Epic - Story - Task.md` or `0001.02.03 - Task.md`. */
export interface TaskFileName {
  id: string;
  level: TaskLevel;
  /** The item's own name (the last part). */
  name: string;
  /** The epic's name, when the file name carries it (legacy layout). */
  epicName?: string;
  /** The story's name, when the file name carries it (legacy layout, tasks only). */
  storyName?: string;
}

const SEPARATOR = ' - ';

/**
 * Parses the file name of a URI or path. The legacy layout spells every ancestor's name
 * (`EEEE.SS.TT - Epic Name - Story Name - Task Name`); the plugin layout only the item's own.
 * A name containing " - " is kept whole in the item's own name, the part least likely to be reused.
 */
export function parseTaskFileName(uriOrPath: string): TaskFileName | undefined {
  const file = withoutMarkdownExtension(basename(uriOrPath));
  const sep = file.indexOf(SEPARATOR);
  const id = sep < 0 ? file : file.slice(0, sep);
  if (!isTaskId(id)) return undefined;
  const level = levelOf(id);
  const parts =
    sep < 0
      ? []
      : file
          .slice(sep + SEPARATOR.length)
          .split(SEPARATOR)
          .map((p) => p.trim());
  if (parts.length >= level) {
    const ancestors = parts.slice(0, level - 1);
    const name = parts.slice(level - 1).join(SEPARATOR);
    return {
      id,
      level,
      name,
      ...(ancestors[0] !== undefined ? { epicName: ancestors[0] } : {}),
      ...(ancestors[1] !== undefined ? { storyName: ancestors[1] } : {}),
    };
  }
  return { id, level, name: parts.join(SEPARATOR) };
}

/** `name.replace(/\.(md|markdown)$/i, '')`, reading `.md` at the end (the expression is tried at every offset). */
function withoutMarkdownExtension(name: string): string {
  const n = name.length;
  if (n >= 3 && name.charCodeAt(n - 3) === 46 && (name.charCodeAt(n - 2) | 32) === 109 && (name.charCodeAt(n - 1) | 32) === 100) return name.slice(0, n - 3);
  return n >= 9 && name.charCodeAt(n - 9) === 46 ? name.replace(/\.(md|markdown)$/i, '') : name;
}

/** The legacy file name for an item: `0001.02 - Epic Name - Story Name.md`. */
export function legacyFileName(id: string, names: { epic?: string; story?: string; name: string }): string {
  const level = levelOf(id);
  const parts = [id];
  if (level >= 2) parts.push(names.epic ?? 'Epic Name');
  if (level >= 3) parts.push(names.story ?? 'Story Name');
  parts.push(names.name);
  return `${parts.join(SEPARATOR)}.md`;
}
