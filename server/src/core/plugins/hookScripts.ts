import type { ParsedDocument } from '../document/parse';
import { dirOf } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { offsetInString, type JsonString } from '../json/model';
import { pluginOfFile } from './plugins';
import { eventsObject, entryCommand, hookEntries } from './hooks';
import { pluginRootOfManifest } from './paths';
import { programWords, shellWords } from './shellWords';

/** A file of the plugin that a hook command names through `${CLAUDE_PLUGIN_ROOT}`. */
export interface HookScript {
  /** The path below the plugin root (`hooks/check.sh`). */
  readonly path: string;
  /** Offsets in the document of the whole word that names it. */
  readonly start: number;
  readonly end: number;
  /** Whether the command runs it directly (so it needs execute permission). */
  readonly program: boolean;
}

const ROOT_PREFIX = /^\$(?:\{CLAUDE_PLUGIN_ROOT\}|CLAUDE_PLUGIN_ROOT(?![A-Za-z0-9_]))\/(.+)$/;

/** The plugin folder a hooks file or a plugin.json belongs to. */
export function pluginRootOf(doc: ParsedDocument, files: WorkspaceFiles): string {
  if (doc.kind === 'plugin-manifest') return pluginRootOfManifest(doc.uri);
  // `<plugin>/hooks/hooks.json`, wherever the manifest is found.
  return pluginOfFile(files, doc.uri)?.root ?? dirOf(dirOf(doc.uri));
}

/** The plugin files named by the hook commands of a document, in source order. */
export function hookScripts(doc: ParsedDocument): HookScript[] {
  const events = eventsObject(doc);
  if (!events) return [];
  const out: HookScript[] = [];
  for (const { entry } of hookEntries(events)) {
    const { type, command, args } = entryCommand(entry);
    if (type !== 'command' || !command) continue;
    if (args) {
      // Exec form: `command` is the executable itself, each argument one word.
      addWhole(doc, command, true, out);
      if (args.type === 'array') for (const arg of args.items) if (arg.type === 'string') addWhole(doc, arg, false, out);
      continue;
    }
    const words = shellWords(command.value);
    const programs = new Set(programWords(words));
    for (const word of words) {
      const m = ROOT_PREFIX.exec(word.text);
      if (!m) continue;
      // Up to the first character a path does not hold unquoted in practice.
      const path = m[1]!.replace(/[`$].*$/, '');
      if (!path || /[*?[]/.test(path)) continue;
      out.push({ path, start: offsetInString(command, doc.text, word.start), end: offsetInString(command, doc.text, word.end), program: programs.has(word) });
    }
  }
  return out;
}

function addWhole(doc: ParsedDocument, node: JsonString, program: boolean, out: HookScript[]): void {
  const m = ROOT_PREFIX.exec(node.value);
  if (m && !/[*?[$`]/.test(m[1]!)) out.push({ path: m[1]!, start: node.start, end: node.end, program });
}
