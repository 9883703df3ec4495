import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentDone, progressBar, progressCounts, type AgentDocsConfig, type TaskNode, type TaskTree } from '../core';
import { uriToPath } from '../host/files';
import { indexFiles } from './indexFiles';

/** The CLI's JSON node: exactly these keys, in this order. */
interface JsonNode {
  id: string;
  title: string;
  file: string | null;
  status: string | null;
  progress: { done: number; inProgress: number; todo: number; total: number };
}

/** The configuration and the folder globs are matched against, as `lint` finds them. */
export interface TasksCommandOptions {
  config: AgentDocsConfig;
  root: string;
}

/**
 * `agent-docs tasks [--format text|json] [paths…]`: the epic → story → task tree with progress.
 * Paths in the output are relative to the folder given (or the working directory).
 */
export async function tasksCommand(args: string[], load: () => TasksCommandOptions): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  const format = values.format!;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`agent-docs: unknown format "${format}" (text, json)\n`);
    return 2;
  }
  const { config, root } = load();
  const paths = positionals.length ? positionals : ['.'];
  const service = await indexFiles(paths, config, root, ['task']);
  if (!service) return 2;
  const base = baseFolder(paths);
  const tree = service.taskTree();
  process.stdout.write(format === 'json' ? `${JSON.stringify(toJson(tree, base), null, 2)}\n` : textTree(tree));
  return 0;
}

/** The folder paths are shown relative to: the one folder given, else the working directory. */
function baseFolder(paths: readonly string[]): string {
  if (paths.length === 1) {
    const abs = resolve(paths[0]!);
    try {
      if (statSync(abs).isDirectory()) return abs;
    } catch {
      // reported as missing before we get here
    }
  }
  return process.cwd();
}

function filePath(node: TaskNode, base: string): string | null {
  return node.file ? relative(base, uriToPath(node.file)).split('\\').join('/') : null;
}

function jsonNode(node: TaskNode, base: string): JsonNode {
  const { done, inProgress, todo, total } = node.progress;
  return { id: node.id, title: node.title, file: filePath(node, base), status: node.status ?? null, progress: { done, inProgress, todo, total } };
}

/** The tree in the documented JSON shape. */
export function toJson(tree: TaskTree, base: string): { epics: (JsonNode & { stories: (JsonNode & { tasks: JsonNode[] })[] })[] } {
  return {
    epics: tree.epics.map((e) => ({
      ...jsonNode(e, base),
      stories: e.stories.map((s) => ({ ...jsonNode(s, base), tasks: s.tasks.map((t) => jsonNode(t, base)) })),
    })),
  };
}

function line(node: TaskNode, depth: number, label: string): string {
  const p = node.progress;
  const pct = percentDone(p);
  const name = node.title ? ` ${node.title}` : '';
  const status = node.missing ? ' (no file)' : node.status ? ` ${node.status}` : '';
  return `${'  '.repeat(depth)}${label} ${node.id}${name}${status}  ${progressBar(p)} ${String(pct).padStart(3)}%  ${progressCounts(p)}\n`;
}

/** An indented tree with a progress bar and counts on every line. */
export function textTree(tree: TaskTree): string {
  let out = '';
  for (const e of tree.epics) {
    out += line(e, 0, 'Epic');
    for (const s of e.stories) {
      out += line(s, 1, 'Story');
      for (const t of s.tasks) out += line(t, 2, 'Task');
    }
  }
  return out || 'No task documents found.\n';
}
