import type { DocumentKind } from '../types';

/** `BASE_PM.md`, `PM_INSTRUCTIONS.md`, `BASE-AGENT.md`: names in capitals are never agents or skills. */
const SHOUTED = /^[A-Z0-9_-]+\.(md|markdown)$/;

/**
 * How claude-mpm's layout changes a Markdown file's kind, or undefined where the default globs
 * decide. `relativePath` uses `/`.
 *
 * - Flat skills: claude-mpm's skill registry loads every `*.md` directly in `skills/bundled/`
 *   (and in `.claude/skills/`), named by the file (v4.21.0 `skills/registry.py`).
 * - Instruction fragments: the PM's and the agents' BASE instructions (`BASE_PM.md`,
 *   `PM_INSTRUCTIONS.md`, `WORKFLOW.md`, `BASE-AGENT.md`) and the PM's example files under
 *   `agents/templates/` are composed into prompts, not loaded as agents: plain Markdown.
 */
export function claudeMpmKind(relativePath: string): DocumentKind | undefined {
  const slash = relativePath.lastIndexOf('/');
  const file = relativePath.slice(slash + 1);
  const folder = relativePath.slice(0, slash + 1);
  const shouted = SHOUTED.test(file);
  if (/(?:^|\/)(?:skills\/bundled|\.claude\/skills)\/$/.test(folder) && /\.md$/i.test(file)) return shouted ? 'markdown' : 'skill';
  if (/(?:^|\/)agents\/(?:.*\/)?$/.test(folder) && !/(?:^|\/)\.claude\/agents\//.test(folder)) {
    if (shouted || /(?:^|\/)agents\/templates\/$/.test(folder)) return 'markdown';
  }
  return undefined;
}

/** Whether a skill document is claude-mpm's flat form (`<name>.md`) rather than `<name>/SKILL.md`. */
export function isFlatSkill(uriOrPath: string): boolean {
  return !/(?:^|\/)SKILL\.md$/i.test(uriOrPath);
}

/**
 * Whether a skill is one of claude-mpm's bundled folder skills (`skills/bundled/<category>/<name>/SKILL.md`),
 * the ones its skill service deploys and `claude-mpm skills validate` checks. Skills of a companion
 * repository keep `version` and `category` in a `metadata.json` of their own.
 */
export function isMpmBundledFolderSkill(uri: string): boolean {
  return /(?:^|\/)skills\/bundled\/[^/]+\/[^/]+\/SKILL\.md$/i.test(uri);
}

/** claude-mpm's skills registry: which skills each agent gets (`agent_skills`) and their metadata. */
export const MPM_REGISTRY_PATH = /(?:^|\/)config\/skills_registry\.yaml$/;
/** The same as a glob, for editors' document selectors and file watchers. */
export const MPM_REGISTRY_GLOB = '**/config/skills_registry.yaml';

/** Whether a file path can be a whole-file YAML document of ours (hosts list these too). */
export function isDataDocumentPath(path: string): boolean {
  return MPM_REGISTRY_PATH.test(path.replace(/\\/g, '/'));
}
