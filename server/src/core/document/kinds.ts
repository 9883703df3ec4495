import type { DocumentKind } from '../types';
import { DEFAULT_CONFIG, type AgentDocsConfig, type DocumentGlobKind } from '../config/config';
import { globMatch } from '../config/glob';
import { claudeMpmKind, MPM_REGISTRY_PATH } from '../framework/claudeMpmKinds';
import type { Framework } from '../framework/detect';
import { classifyJson } from '../json/kinds';

/** A file takes the first kind whose globs match, in the order `DEFAULT_CONFIG.documents` lists them. */
const ORDER = Object.keys(DEFAULT_CONFIG.documents) as readonly DocumentGlobKind[];

function matchesList(globs: readonly string[], path: string, nocase: boolean): boolean {
  let matched = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (matched && globMatch(g.slice(1), path, nocase)) return false;
    } else if (!matched && globMatch(g, path, nocase)) matched = true;
  }
  return matched;
}

/**
 * The kind of a workspace-relative path (forward slashes), or undefined when the file is neither
 * Markdown nor one of Claude Code's JSON files, or is ignored. Skill globs match any case
 * (`SKILL.MD` occurs in real collections). In a claude-mpm project its layout decides first (flat
 * skills, instruction fragments).
 */
export function classify(relativePath: string, config: AgentDocsConfig, framework: Framework = 'claude-code'): DocumentKind | undefined {
  const json = classifyJson(relativePath, framework);
  if (json) return config.ignore.some((g) => globMatch(g, relativePath)) ? undefined : json;
  if (framework === 'claude-mpm' && MPM_REGISTRY_PATH.test(relativePath))
    return config.ignore.some((g) => globMatch(g, relativePath)) ? undefined : 'mpm-skills-registry';
  if (!/\.(md|markdown)$/i.test(relativePath)) return undefined;
  if (config.ignore.some((g) => globMatch(g, relativePath))) return undefined;
  if (framework === 'claude-mpm') {
    const kind = claudeMpmKind(relativePath);
    if (kind) return kind;
  }
  for (const kind of ORDER) {
    if (matchesList(config.documents[kind], relativePath, kind === 'skill')) return kind;
  }
  return 'markdown';
}
