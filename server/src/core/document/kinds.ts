import type { DocumentKind } from '../types';
import { DEFAULT_CONFIG, type AgentDocsConfig, type DocumentGlobKind } from '../config/config';
import { globTest } from '../config/glob';
import { claudeMpmKind, MPM_REGISTRY_PATH } from '../framework/claudeMpmKinds';
import type { Framework } from '../framework/detect';
import { classifyJson } from '../json/kinds';

/** A file takes the first kind whose globs match, in the order `DEFAULT_CONFIG.documents` lists them. */
const ORDER = Object.keys(DEFAULT_CONFIG.documents) as readonly DocumentGlobKind[];

/** A glob of a list, compiled: a `!glob` excludes what the globs before it matched. */
interface ListGlob {
  readonly negated: boolean;
  readonly test: (path: string) => boolean;
}

/** Compiled list globs by glob, exact case and any case (every file is classified: no slicing per call). */
const listGlobs = [new Map<string, ListGlob>(), new Map<string, ListGlob>()] as const;

function listGlob(glob: string, nocase: boolean): ListGlob {
  const cache = listGlobs[nocase ? 1 : 0];
  let compiled = cache.get(glob);
  if (!compiled) {
    const negated = glob.startsWith('!');
    compiled = { negated, test: globTest(negated ? glob.slice(1) : glob, nocase) };
    cache.set(glob, compiled);
  }
  return compiled;
}

function matchesList(globs: readonly string[], path: string, nocase: boolean): boolean {
  let matched = false;
  for (const g of globs) {
    const { negated, test } = listGlob(g, nocase);
    if (negated) {
      if (matched && test(path)) return false;
    } else if (!matched && test(path)) matched = true;
  }
  return matched;
}

function ignored(globs: readonly string[], path: string): boolean {
  for (const g of globs) if (globTest(g)(path)) return true;
  return false;
}

/** `/\.(md|markdown)$/i.test(path)`, read at the end only (V8 tries the expression at every offset). */
function isMarkdownPath(path: string): boolean {
  const n = path.length;
  if (n >= 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100) return true;
  return n >= 9 && path.charCodeAt(n - 9) === 46 && /\.markdown$/i.test(path);
}

/**
 * The kind of a workspace-relative path (forward slashes), or undefined when the file is neither
 * Markdown nor one of Claude Code's JSON files, or is ignored. Skill globs match any case
 * (`SKILL.MD` occurs in real collections). In a claude-mpm project its layout decides first (flat
 * skills, instruction fragments).
 */
export function classify(relativePath: string, config: AgentDocsConfig, framework: Framework = 'claude-code'): DocumentKind | undefined {
  const json = classifyJson(relativePath, framework);
  if (json) return ignored(config.ignore, relativePath) ? undefined : json;
  if (framework === 'claude-mpm' && MPM_REGISTRY_PATH.test(relativePath)) return ignored(config.ignore, relativePath) ? undefined : 'mpm-skills-registry';
  if (!isMarkdownPath(relativePath)) return undefined;
  if (ignored(config.ignore, relativePath)) return undefined;
  if (framework === 'claude-mpm') {
    const kind = claudeMpmKind(relativePath);
    if (kind) return kind;
  }
  for (const kind of ORDER) {
    if (matchesList(config.documents[kind], relativePath, kind === 'skill')) return kind;
  }
  return 'markdown';
}
