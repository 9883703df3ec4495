import type { FrameworkSetting } from '../framework/detect';
import type { MarkdownKind, SeveritySetting } from '../types';

/** Markdown kinds have configurable globs; JSON kinds are fixed by Claude Code's file layout. */
export type DocumentGlobKind = Exclude<MarkdownKind, 'markdown'>;
export type SkillTarget = 'claude-code' | 'agent-skills';

/**
 * Everything a user can configure, shared by the editor and the CLI. Sources, lowest first:
 * built-in defaults, the workspace's `agent-docs.config.json`, then editor settings.
 */
export interface AgentDocsConfig {
  /** Severity overrides per rule id; `off` disables a rule. */
  rules: Record<string, SeveritySetting>;
  /** Workspace-relative globs per document kind; a leading `!` excludes. First matching kind wins, in the order skill, command, task, agent. */
  documents: Record<DocumentGlobKind, string[]>;
  /** Globs never read. */
  ignore: string[];
  skills: { target: SkillTarget };
  /** Files larger than this many bytes are skipped with a diagnostic. */
  maxFileSize: number;
  /** Whether to follow symbolic links that leave the workspace. */
  followSymlinks: boolean;
  /** `auto` recognises claude-mpm projects by their layout; `claude-code` or `claude-mpm` decide for every file. */
  framework: FrameworkSetting;
  /**
   * More folders where skills live (a companion skills repository, a personal skills folder), as
   * URIs: their skills are indexed so bindings resolve, and they are not linted.
   */
  skillFolders: string[];
}

export const CONFIG_FILE_NAMES = ['agent-docs.config.json', '.agent-docs.json'] as const;

/**
 * The settings that decide which files are read and as what kind. When one of them changes, hosts
 * read the workspace again (the editor re-indexes closed files); the others only re-lint.
 */
export const INDEXING_SETTINGS = [
  'documents',
  'ignore',
  'followSymlinks',
  'maxFileSize',
  'framework',
  'skillFolders',
] as const satisfies readonly (keyof AgentDocsConfig)[];

export const DEFAULT_CONFIG: AgentDocsConfig = {
  rules: {},
  documents: {
    skill: ['**/SKILL.md'],
    command: ['**/.claude/commands/**/*.md', '**/commands/**/*.md'],
    task: ['**/docs/DEVELOPMENT_PLAN_AND_PROGRESS/*.md', '**/docs/DEVELOPMENT-PLAN/**/*.md'],
    agent: ['**/.claude/agents/**/*.md', '**/agents/**/*.md', '!**/README.md', '!**/CHANGELOG.md', '!**/CONTRIBUTING.md', '!**/LICENSE.md'],
  },
  ignore: ['**/node_modules/**', '**/.git/**'],
  skills: { target: 'claude-code' },
  maxFileSize: 2 * 1024 * 1024,
  followSymlinks: false,
  framework: 'auto',
  skillFolders: [],
};

/** A partial configuration as written in a config file or editor settings. */
export interface ConfigLayer {
  rules?: Record<string, SeveritySetting>;
  documents?: Partial<Record<DocumentGlobKind, string[]>>;
  ignore?: string[];
  skills?: { target?: SkillTarget };
  maxFileSize?: number;
  followSymlinks?: boolean;
  framework?: FrameworkSetting;
  /** Resolved to URIs when the layer is read (`readLayer`'s `base`). */
  skillFolders?: string[];
}

/** Merges layers over the defaults: rule maps merge key by key, lists and scalars replace. */
export function mergeConfig(...layers: (ConfigLayer | undefined)[]): AgentDocsConfig {
  const out: AgentDocsConfig = structuredClone(DEFAULT_CONFIG);
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) Object.assign(out.rules, layer.rules);
    if (layer.documents) {
      for (const [k, v] of Object.entries(layer.documents)) if (v) out.documents[k as DocumentGlobKind] = [...v];
    }
    if (layer.ignore) out.ignore = [...layer.ignore];
    if (layer.skills?.target) out.skills.target = layer.skills.target;
    if (layer.maxFileSize !== undefined) out.maxFileSize = layer.maxFileSize;
    if (layer.followSymlinks !== undefined) out.followSymlinks = layer.followSymlinks;
    if (layer.framework) out.framework = layer.framework;
    if (layer.skillFolders) out.skillFolders = [...layer.skillFolders];
  }
  return out;
}
