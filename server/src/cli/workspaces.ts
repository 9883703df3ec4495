import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, mergeConfig, parseConfigText, RULE_IDS, type AgentDocsConfig } from '../core';
import { pathToUri, readTextSync } from '../host/files';
import { InputError } from './errors';

/**
 * A workspace as the CLI sees it: the folder whose files a document is classified against (kinds
 * come from workspace-relative paths), whose configuration applies, and whose other documents are
 * read as context for cross-file rules.
 */
export interface Workspace {
  root: string;
  config: AgentDocsConfig;
  /** The config file that applies, if any. */
  configFile?: string;
  /**
   * The folder whose documents are read as context. The root, except at the home folder, where
   * only `~/.claude` (the user scope) is read.
   */
  contextDir: string;
}

/** A config file that cannot be read. */
export class ConfigError extends InputError {}

/**
 * Finds the workspace of each file from the file's own place, never from the working directory or
 * the other arguments, so that a file's findings do not depend on how the CLI was called.
 *
 * The root of a path is the nearest folder above it that holds a config file
 * (`agent-docs.config.json`, `.agent-docs.json`), a `.git` entry (a repository or a worktree), a
 * `.claude/` folder (a Claude Code project) or a `.claude-plugin/` folder (a plugin). The home
 * folder's `.claude/` is the user scope, not a project: it marks the home folder only for files
 * inside `~/.claude`. With no such folder above, the root is the working directory when the path is
 * inside it, else the outermost folder given as an argument that holds it (or the file's folder).
 */
export class WorkspaceFinder {
  private readonly roots = new Map<string, string | null>();
  private readonly workspaces = new Map<string, Workspace>();
  private readonly home = resolve(homedir());
  private readonly userScope = join(this.home, '.claude');
  /** The root of the files in a folder, by folder. */
  private readonly fileRoots = new Map<string, string>();
  private explicit: { config: AgentDocsConfig; configFile: string } | undefined;
  private readonly givenFolders: string[] = [];

  /**
   * @param explicitConfig `--config FILE`: used in every workspace instead of the one found.
   * @param onProblem told of each invalid config entry (the rest of the file still applies).
   */
  constructor(
    private readonly explicitConfig: string | undefined,
    private readonly onProblem: (message: string) => void,
    private readonly cwd = process.cwd(),
  ) {}

  /**
   * A folder given as an argument, declared before any path is resolved: the files found in an
   * unmarked folder outside the working directory then share one workspace (the folder), whatever
   * the order of the arguments, instead of each being a workspace of its own.
   */
  addGivenFolder(dir: string): void {
    this.givenFolders.push(resolve(dir));
    this.fileRoots.clear();
  }

  /** The workspace of an absolute path (a file, or a folder given as an argument). */
  workspaceOf(path: string, isDirectory: boolean): Workspace {
    const start = isDirectory ? path : dirname(path);
    let root: string;
    if (!isDirectory && path !== this.userScope && path !== this.cwd && !this.givenFolders.includes(path)) {
      // A file's root is its folder's (each test below asks whether the path is inside a folder,
      // and the file is not that folder itself): worked out once per folder, not per file.
      let known = this.fileRoots.get(start);
      if (known === undefined) this.fileRoots.set(start, (known = this.rootOf(start, start)));
      root = known;
    } else root = this.rootOf(path, start);
    let ws = this.workspaces.get(root);
    if (!ws) {
      ws = this.load(root);
      this.workspaces.set(root, ws);
    }
    return ws;
  }

  private rootOf(path: string, start: string): string {
    const userScope = inside(path, this.userScope);
    const given = () => this.givenFolders.filter((d) => inside(path, d)).sort((a, b) => a.length - b.length)[0];
    return (userScope ? this.home : this.markedRoot(start)) ?? (inside(path, this.cwd) ? this.cwd : (given() ?? start));
  }

  /** The nearest folder holding a marker, memoised per folder. */
  private markedRoot(dir: string): string | undefined {
    const seen: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const known = this.roots.get(d);
      if (known !== undefined) {
        found = known;
        break;
      }
      seen.push(d);
      if (this.marked(d)) {
        found = d;
        break;
      }
      if (dirname(d) === d) break;
    }
    for (const d of seen) this.roots.set(d, found);
    return found ?? undefined;
  }

  private marked(d: string): boolean {
    if (CONFIG_FILE_NAMES.some((n) => existsSync(join(d, n))) || existsSync(join(d, '.git'))) return true;
    return isDir(join(d, '.claude-plugin')) || (d !== this.home && isDir(join(d, '.claude')));
  }

  private load(root: string): Workspace {
    const contextDir = root === this.home ? join(root, '.claude') : root;
    if (this.explicitConfig !== undefined) {
      this.explicit ??= this.read(resolve(this.cwd, this.explicitConfig));
      return { root, ...this.explicit, contextDir };
    }
    const file = CONFIG_FILE_NAMES.map((n) => join(root, n)).find((f) => existsSync(f));
    if (!file) return { root, config: mergeConfig(), contextDir };
    return { root, ...this.read(file), contextDir };
  }

  private read(file: string): { config: AgentDocsConfig; configFile: string } {
    const text = readTextSync(file);
    if (text === undefined) throw new ConfigError(`cannot read config file ${file}`);
    const { layer, problems } = parseConfigText(text, RULE_IDS, `${pathToUri(dirname(file))}/`);
    for (const p of problems) this.onProblem(`agent-docs: ${file}: ${p}`);
    return { config: mergeConfig(layer), configFile: file };
  }
}

/** Whether `path` is `dir` or inside it. */
export function inside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
