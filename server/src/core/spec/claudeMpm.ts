/**
 * claude-mpm's own vocabulary as data: the frontmatter keys its agents, skills and commands carry,
 * what its validators require, and the facts of its JSON agent templates.
 *
 * Sources, read from the public repository bobmatnyc/claude-mpm (facts only, no code carried over):
 * - tag v4.21.0 (commit 2c0c759, 2025-11-09), the JSON-template era:
 *   `src/claude_mpm/schemas/agent_schema.json` (template schema 1.3.0),
 *   `src/claude_mpm/schemas/frontmatter_schema.json` (deployed agent frontmatter 1.0.0),
 *   `skills/registry.py` (flat skills: every `*.md` directly in `skills/bundled/`, keyed by file
 *   stem), `skills/skill_manager.py` (templates' `skills` resolve through that registry only),
 *   `skills/skills_service.py` (folder skills `bundled/<category>/<name>/SKILL.md`, keyed by folder;
 *   `claude-mpm skills validate`), `docs/design/SKILL-MD-FORMAT-SPECIFICATION.md` (16 rules),
 *   `docs/user/skills-versioning.md` (flat skill frontmatter),
 *   `services/agents/deployment/agent_template_builder.py` (what a template becomes).
 * - main at bb378b4 (2026-07-27), the Markdown era: `docs/specs/agents.md` (SPEC-AGENTS-13),
 *   `frontmatter_schema.json` (adds `initialPrompt`, `source`), `docs/reference/slash-commands.md`
 *   and `services/command_deployment_service.py` (command frontmatter),
 *   `services/skills/skill_discovery_service.py` (deployment names of nested skills).
 *   `hooks/model_tier_hook.py` (`deprecated`), `core/framework/processors/template_processor.py`
 *   (`authority`), `agents/MEMORY.md` (`memory_routing_rules`).
 * - bobmatnyc/claude-mpm-agents (CONTRIBUTING.md, README.md "Template Format") and
 *   bobmatnyc/claude-mpm-skills (CLAUDE.md "Required Files").
 * Checked: 2026-12-01.
 */

export const MPM_SOURCE = 'claude-mpm v4.21.0 (schemas, skills registry and validator) and main bb378b4 (docs/specs/agents.md, slash-commands.md)';
export const MPM_CHECKED = '2026-12-01';

export interface MpmField {
  readonly name: string;
  /** Markdown for hovers and completion. */
  readonly doc: string;
}

const f = (name: string, doc: string): MpmField => ({ name, doc });

/**
 * Keys of a claude-mpm agent's frontmatter beyond Claude Code's own: the deployed frontmatter
 * schema, the template schema's keys written flat (the Markdown-era sources carry them so), and
 * what the template builder writes. claude-mpm reads them; Claude Code ignores them.
 */
export const MPM_AGENT_FIELDS: readonly MpmField[] = [
  f('version', "Agent version, `MAJOR.MINOR.PATCH` (required by claude-mpm's frontmatter schema); compared on deployment to decide updates."),
  f('base_version', 'Version of the BASE agent instructions this agent extends, `MAJOR.MINOR.PATCH`.'),
  f('agent_id', "claude-mpm's identifier for the agent (kebab-case); the skills registry and `handoff_agents` refer to it."),
  f('agent_type', 'claude-mpm agent type (`engineer`, `qa`, `research`, `ops`, ...): picks BASE instructions and defaults.'),
  f('type', 'Agent type as written by the v4 template builder (same meaning as `agent_type`).'),
  f('schema_version', "Version of claude-mpm's agent template schema the file follows (`1.3.0`)."),
  f('agent_version', 'Version of the agent template itself.'),
  f('template_version', 'Template version, tracked apart from the agent version.'),
  f('template_changelog', 'Template version history: `version`, `date`, `description` per entry.'),
  f('author', 'Author of the agent template.'),
  f('category', 'Agent category (`engineering`, `research`, `quality`, `operations`, `specialized`, ...); in claude-mpm-agents the folder the file lives in.'),
  f('tags', 'Tags for agent discovery and auto-configuration.'),
  f('source', 'Where the agent comes from: `bundled` or `external`.'),
  f('resource_tier', 'Resource tier (`basic`, `standard`, `intensive`, `lightweight`, `high`); claude-mpm derives default `model` and `effort` from it.'),
  f('temperature', 'Model temperature (0-1).'),
  f('max_tokens', 'Maximum response tokens (1,000-200,000).'),
  f('timeout', 'Operation timeout in seconds.'),
  f('capabilities', 'Resource capabilities (memory, CPU, network access).'),
  f('dependencies', 'Python packages and system commands the agent needs.'),
  f('knowledge', 'Domain expertise, best practices and constraints.'),
  f('interactions', 'Input and output formats, handoff agents, triggers.'),
  f('testing', 'Test cases and performance benchmarks for the agent.'),
  f('memory_routing', 'Which memories the agent stores: categories, keywords, retention.'),
  f('routing', 'Auto-deployment rules: keywords, paths, priority.'),
  f('created_at', 'Creation timestamp.'),
  f('updated_at', 'Last update timestamp.'),
  f('progressive_disclosure', 'Entry point and references, as in claude-mpm skills.'),
  f('context_limit', "Token budget for the agent's context."),
  f('requires_tools', 'Command-line tools the agent needs.'),
  f('license', 'License of the agent template.'),
  f('deprecated', "Marks a retired agent: claude-mpm's model-tier hook blocks dispatching it."),
  f('authority', "What the agent may do (git commits, file operations, ...), read by claude-mpm's template processor."),
  f('memory_routing_rules', "Memory categories the agent writes to (claude-mpm's MEMORY.md)."),
];

/**
 * A claude-mpm folder skill's frontmatter (SKILL-MD-FORMAT-SPECIFICATION, "Complete Field
 * Reference"), beyond Claude Code's skill fields. `languages` and `updated_at` appear in its bundled
 * skills; `skill_id`/`skill_version` are the flat form's names.
 */
export const MPM_SKILL_FIELDS: readonly MpmField[] = [
  f('version', "Skill version, `MAJOR.MINOR.PATCH` with an optional `-suffix` (required by claude-mpm's skill validator)."),
  f(
    'category',
    "One of `development`, `testing`, `debugging`, `collaboration`, `infrastructure`, `documentation`, `integration`, `meta` (required by claude-mpm's skill validator).",
  ),
  f(
    'progressive_disclosure',
    "How claude-mpm loads the skill in steps: `entry_point` (`summary`, `when_to_use`, `quick_start`) and `references` (files in `references/`). Required by claude-mpm's skill validator.",
  ),
  f('author', 'Author of the skill.'),
  f('source', "URL of the skill's original repository."),
  f('requires_tools', 'Command-line tools the skill needs.'),
  f('requires_skills', 'Skills this one builds on.'),
  f('context_limit', 'Token budget for the skill (200-1,000; default 600).'),
  f('tags', 'Lowercase, hyphenated keywords.'),
  f('languages', 'Languages the skill applies to.'),
  f('updated_at', 'Last update date.'),
  f('skill_id', 'Identifier of a flat skill (defaults to the file name).'),
  f('skill_version', 'Version of a flat skill, `MAJOR.MINOR.PATCH`.'),
];

/** A flat skill's frontmatter (`skills/bundled/<name>.md`), as claude-mpm's registry reads it. */
export const MPM_FLAT_SKILL_FIELDS: readonly MpmField[] = [
  f('skill_id', "The skill's identifier; defaults to the file name, which is also the name agents bind it by."),
  f('skill_version', 'Semantic version `MAJOR.MINOR.PATCH` (defaults to `0.1.0`).'),
  f('description', 'What the skill is for; without it, claude-mpm takes the first paragraph of the content.'),
  f('updated_at', 'Last update date or timestamp.'),
  f('tags', 'Keywords for the skill.'),
];

/** A claude-mpm slash command's frontmatter (docs/reference/slash-commands.md, command deployment). */
export const MPM_COMMAND_FIELDS: readonly MpmField[] = [
  f('namespace', "Logical namespace, such as `mpm/agents` (required by claude-mpm's command deployment)."),
  f('command', "Command name within the namespace (required by claude-mpm's command deployment)."),
  f('aliases', 'Alternative command names (a list).'),
  f('migration_target', 'The future hierarchical command path, such as `/mpm/agents:list`.'),
  f('category', "One of `agents`, `config`, `tickets`, `session`, `system` (required by claude-mpm's command deployment)."),
  f('deprecated_aliases', 'Old names being phased out (a list); stripped from the deployed file.'),
  f('deprecated', 'Marks a command file kept only for backward compatibility.'),
  f('deprecated_in', 'The claude-mpm version that deprecated the command.'),
  f('replacement', 'What replaces a deprecated command, such as `skill:mpm-status`.'),
];

/** Fields claude-mpm's skill validator requires of a folder skill (Rule 5). */
export const MPM_SKILL_REQUIRED: readonly string[] = ['name', 'description', 'version', 'category', 'progressive_disclosure'];

/** `category` values claude-mpm's skill validator accepts (Rule 10). */
export const MPM_SKILL_CATEGORIES: readonly string[] = [
  'development',
  'testing',
  'debugging',
  'collaboration',
  'infrastructure',
  'documentation',
  'integration',
  'meta',
];

/** A skill's `version` (Rule 9): `1.0.0`, `2.1.3-beta`. */
export const MPM_SKILL_VERSION = /^\d+\.\d+\.\d+(-[a-zA-Z0-9]+)?$/;

/** Versions in agent frontmatter and templates, and a flat skill's `skill_version`: `MAJOR.MINOR.PATCH`. */
export const MPM_VERSION = /^\d+\.\d+\.\d+$/;

/** Which version keys each kind carries, and the pattern each must match. */
export const MPM_VERSION_KEYS = {
  skill: { version: MPM_SKILL_VERSION, skill_version: MPM_VERSION },
  agent: { version: MPM_VERSION, base_version: MPM_VERSION, schema_version: MPM_VERSION, agent_version: MPM_VERSION, template_version: MPM_VERSION },
} as const;

/**
 * The deployed agent's Claude Code name, as claude-mpm's template builder makes it: the template's
 * file name, lowercased, `_` as `-`. The builder refuses (the agent is not deployed) a name that
 * does not match `^[a-z0-9]+(-[a-z0-9]+)*$`.
 */
export function mpmDeployedAgentName(fileStem: string): string {
  return fileStem.toLowerCase().replace(/_/g, '-');
}

/** What claude-mpm's template builder accepts as a deployed agent name. */
export const MPM_DEPLOYED_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The name claude-mpm deploys a nested skill under (Markdown era): the folders from the skills
 * root to the skill, joined by `-`, lowercased, `_` as `-`, other characters dropped, runs of `-`
 * collapsed. `toolchains/python/frameworks/django` becomes `toolchains-python-frameworks-django`.
 */
export function mpmFlatSkillName(relativeFolder: string): string {
  return relativeFolder
    .split('/')
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
