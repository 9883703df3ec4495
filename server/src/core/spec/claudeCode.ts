/**
 * Claude Code's frontmatter vocabulary as data: fields, enum values and tool names.
 *
 * Source: Claude Code documentation, pages "Create custom subagents" (sub-agents), "Extend Claude
 * with skills" (skills) and "Tools reference", mirror dated 2026-08-22 (shared/reference/claude-code-docs),
 * plus the Agent Skills specification as summarised in shared/DOMAIN.md section 2.
 * Checked: 2026-11-21.
 *
 * The spec drifts: an unknown value is a warning with a suggestion, never an error, unless Claude
 * Code documents that it rejects it. Update this one module when the documentation moves.
 */

import type { DocumentKind } from '../types';

export const SPEC_SOURCE = 'Claude Code docs (sub-agents, skills, tools-reference), mirror of 2026-08-22';
export const SPEC_CHECKED = '2026-11-21';

export type ValueType = 'string' | 'boolean' | 'positiveInteger' | 'enum' | 'toolList' | 'stringList' | 'map' | 'any';

export interface FieldSpec {
  name: string;
  type: ValueType;
  required?: boolean;
  /** For `enum` fields; `open` enums also accept values matching `pattern`. */
  values?: readonly string[];
  /** Values accepted beside `values` (full model IDs). */
  pattern?: RegExp;
  /** Markdown shown in hovers and completions. */
  doc: string;
  /** Ignored by Claude Code for plugin agents. */
  ignoredForPlugins?: boolean;
}

export const MODEL_ALIASES = ['sonnet', 'opus', 'haiku', 'fable', 'inherit'] as const;
/** Full model IDs such as `claude-opus-5` or `claude-sonnet-4-20250514`. */
export const MODEL_ID_PATTERN = /^claude-[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\[1m\])?$/;
export const COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'] as const;
export const PERMISSION_MODES = ['default', 'acceptEdits', 'auto', 'dontAsk', 'bypassPermissions', 'plan', 'manual'] as const;
export const MEMORY_SCOPES = ['user', 'project', 'local'] as const;
export const EFFORT_LEVELS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
export const ISOLATION_MODES = ['worktree'] as const;

export const AGENT_FIELDS: readonly FieldSpec[] = [
  { name: 'name', type: 'string', required: true, doc: 'Unique identifier using lowercase letters and hyphens. Hooks receive it as `agent_type`. The file name need not match. Must not start with `-` or contain `:` (reserved for plugin-scoped names): Claude Code skips such a file.' },
  { name: 'description', type: 'string', required: true, doc: 'When Claude should delegate to this subagent. Without it Claude Code skips the file.' },
  { name: 'tools', type: 'toolList', doc: 'Tools the subagent can use, as a comma-separated string or a YAML list. Inherits every tool available to subagents if omitted. If no entry resolves to a tool, the subagent fails to launch.' },
  { name: 'disallowedTools', type: 'toolList', doc: 'Tools to deny, removed from the inherited or specified list. Applied before `tools`; a tool listed in both is removed.' },
  { name: 'model', type: 'enum', values: MODEL_ALIASES, pattern: MODEL_ID_PATTERN, doc: 'Model to use: `sonnet`, `opus`, `haiku`, `fable`, a full model ID (for example `claude-opus-5`), or `inherit`. Defaults to `inherit`.' },
  { name: 'permissionMode', type: 'enum', values: PERMISSION_MODES, ignoredForPlugins: true, doc: 'Permission mode: `default`, `acceptEdits`, `auto`, `dontAsk`, `bypassPermissions`, `plan`, or `manual` (alias of `default`). Ignored for plugin subagents.' },
  { name: 'maxTurns', type: 'positiveInteger', doc: 'Maximum number of agentic turns before the subagent stops.' },
  { name: 'skills', type: 'stringList', doc: 'Skills to preload into the subagent\'s context at startup (full content, not only the description).' },
  { name: 'mcpServers', type: 'any', ignoredForPlugins: true, doc: 'MCP servers available to this subagent: names of configured servers, or inline definitions keyed by server name. Ignored for plugin subagents.' },
  { name: 'hooks', type: 'map', ignoredForPlugins: true, doc: 'Lifecycle hooks scoped to this subagent. Ignored for plugin subagents.' },
  { name: 'memory', type: 'enum', values: MEMORY_SCOPES, doc: 'Persistent memory scope: `user`, `project`, or `local`. Enables cross-session learning.' },
  { name: 'background', type: 'boolean', doc: 'Set to `true` to keep this subagent in the background even when Claude asks to run it in the foreground.' },
  { name: 'effort', type: 'enum', values: EFFORT_LEVELS, doc: 'Effort level while this subagent is active: `low`, `medium`, `high`, `xhigh`, `max`. Defaults to the session\'s.' },
  { name: 'isolation', type: 'enum', values: ISOLATION_MODES, doc: 'Set to `worktree` to run the subagent in a temporary git worktree.' },
  { name: 'color', type: 'enum', values: COLORS, doc: 'Display colour in the task list and transcript: `red`, `blue`, `green`, `yellow`, `purple`, `orange`, `pink`, or `cyan`.' },
  { name: 'initialPrompt', type: 'string', doc: 'Auto-submitted as the first user turn when this agent runs as the main session agent (`--agent`). Commands and skills are processed.' },
];

/** `context` values for skills and commands (skills, "Run skills in a subagent"). */
export const SKILL_CONTEXTS = ['fork'] as const;
/** `shell` values for a skill's injected commands. */
export const SKILL_SHELLS = ['bash', 'powershell'] as const;
/**
 * Words a skill's boolean field accepts, in any letter case (skills, "Frontmatter reference"; before
 * v2.1.218 only `true` and `false`).
 */
export const SKILL_BOOLEAN_WORDS = ['true', 'false', 'yes', 'no', 'on', 'off', '1', '0'] as const;

/** Claude Code's skill frontmatter: every field optional (skills, "Frontmatter reference"). */
export const SKILL_FIELDS: readonly FieldSpec[] = [
  { name: 'name', type: 'string', doc: 'Display name shown in skill listings; defaults to the directory name. In a personal or project skill the command still comes from the directory name; in a plugin skill `name` sets the last segment of the command.' },
  { name: 'description', type: 'string', doc: 'What the skill does and when to use it; Claude uses it to decide when to apply the skill. If omitted, the first paragraph of the content is used. `description` and `when_to_use` together are cut at 1,536 characters in the skill listing.' },
  { name: 'when_to_use', type: 'string', doc: 'Extra context for when Claude should invoke the skill (trigger phrases, example requests). Appended to `description` in the listing; counts toward the 1,536-character cap.' },
  { name: 'argument-hint', type: 'string', doc: 'Hint shown during autocomplete for the expected arguments, such as `[issue-number]` or `[filename] [format]`. Quote it: an unquoted `[a] [b]` is not valid YAML.' },
  { name: 'arguments', type: 'stringList', doc: 'Named positional arguments for `$name` substitution in the content: a space-separated string or a YAML list. Names map to argument positions in order.' },
  { name: 'disable-model-invocation', type: 'boolean', doc: 'Set to `true` to stop Claude from loading this skill automatically (and from preloading it into subagents). Default: `false`.' },
  { name: 'user-invocable', type: 'boolean', doc: 'Set to `false` to hide the skill from the `/` menu so only Claude invokes it. Default: `true`.' },
  { name: 'allowed-tools', type: 'toolList', doc: 'Tools Claude may use without asking permission during the turn that invokes this skill: a space- or comma-separated string, or a YAML list.' },
  { name: 'disallowed-tools', type: 'toolList', doc: 'Tools removed from Claude\'s pool while this skill is active: a space- or comma-separated string, or a YAML list.' },
  { name: 'model', type: 'enum', values: MODEL_ALIASES, pattern: MODEL_ID_PATTERN, doc: 'Model to use while this skill is active, for the rest of the turn: an alias, a full model ID, or `inherit`. With `context: fork` it sets the forked subagent\'s model.' },
  { name: 'effort', type: 'enum', values: EFFORT_LEVELS, doc: 'Effort level while this skill is active: `low`, `medium`, `high`, `xhigh`, `max`. Defaults to the session\'s.' },
  { name: 'context', type: 'enum', values: SKILL_CONTEXTS, doc: 'Set to `fork` to run the skill in a forked subagent context; the content becomes the subagent\'s prompt.' },
  { name: 'agent', type: 'string', doc: 'Which subagent type runs the skill when `context: fork` is set.' },
  { name: 'background', type: 'boolean', doc: 'Only with `context: fork`: set to `false` to wait for the forked subagent\'s result in the invoking turn. Default: `true`. Needs Claude Code v2.1.218 or later.' },
  { name: 'hooks', type: 'map', doc: 'Hooks registered when the skill is invoked, kept for the rest of the session.' },
  { name: 'paths', type: 'stringList', doc: 'Glob patterns that limit when the skill activates automatically: a comma-separated string or a YAML list.' },
  { name: 'shell', type: 'enum', values: SKILL_SHELLS, doc: 'Shell for `` !`command` `` and ` ```! ` blocks: `bash` (default) or `powershell`.' },
  { name: 'metadata', type: 'map', doc: 'Free-form map for your own tooling. Claude Code does not act on it and drops a value that is not a map. The Agent Skills specification requires string values.' },
  { name: 'license', type: 'string', doc: 'License covering the skill (Agent Skills specification). Claude Code accepts it but does not act on it.' },
  { name: 'compatibility', type: 'string', doc: 'Environment requirements, such as intended products or system prerequisites: up to 500 characters (Agent Skills specification). Claude Code accepts it but does not act on it.' },
];

/** Fields a command file reads: the skill fields except `name` and `paths`, which Claude Code ignores there. */
export const COMMAND_IGNORED_FIELDS = ['name', 'paths'] as const;
/** The fields a command file reads, in documentation order. */
export const COMMAND_FIELDS: readonly FieldSpec[] = SKILL_FIELDS.filter((f) => !(COMMAND_IGNORED_FIELDS as readonly string[]).includes(f.name));

/**
 * The Agent Skills specification (portable skills: claude.ai uploads, the Skills API,
 * `package_skill.py`). Any other key fails packaging or upload with a hard error.
 */
export const AGENT_SKILLS_FIELDS: readonly FieldSpec[] = [
  { name: 'name', type: 'string', required: true, doc: '1-64 characters of lowercase letters, digits and hyphens, not starting or ending with a hyphen, without `--`, and equal to the folder name.' },
  { name: 'description', type: 'string', required: true, doc: 'What the skill does and when to use it: 1-1,024 characters.' },
  { name: 'license', type: 'string', doc: 'License name, or the name of a bundled license file.' },
  { name: 'compatibility', type: 'string', doc: 'Environment requirements: 1-500 characters.' },
  { name: 'metadata', type: 'map', doc: 'A map from string keys to string values, for your own data.' },
  { name: 'allowed-tools', type: 'toolList', doc: 'Pre-approved tools, space-separated.' },
];

/** Limits of the Agent Skills specification, and Claude Code's listing cut. */
export const SKILL_LIMITS = {
  nameMax: 64,
  descriptionMax: 1024,
  compatibilityMax: 500,
  /** Claude Code cuts `description` + `when_to_use` at this many characters in the skill listing. */
  listingMax: 1536,
} as const;

/** A valid Agent Skills name: lowercase letters and digits in groups joined by single hyphens. */
export const SKILL_NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Built-in tools, from the Tools reference table. */
export const TOOLS: Readonly<Record<string, string>> = {
  Agent: 'Spawns a subagent with its own context window to handle a task.',
  Artifact: 'Publishes an HTML or Markdown file as an artifact on claude.ai.',
  AskUserQuestion: 'Asks multiple-choice questions to gather requirements or clarify ambiguity.',
  Bash: 'Executes shell commands in your environment.',
  CronCreate: 'Schedules a recurring or one-shot prompt within the current session.',
  CronDelete: 'Cancels a scheduled task by ID.',
  CronList: 'Lists all scheduled tasks in the session.',
  Edit: 'Makes targeted edits to specific files.',
  EndConversation: 'Ends the session (main conversation only).',
  EnterPlanMode: 'Switches to plan mode to design an approach before coding.',
  EnterWorktree: 'Creates an isolated git worktree and switches into it.',
  ExitPlanMode: 'Presents a plan for approval and exits plan mode.',
  ExitWorktree: 'Exits a worktree session and returns to the original directory.',
  Glob: 'Finds files based on pattern matching.',
  Grep: 'Searches for patterns in file contents.',
  ListAgents: 'Lists the agents Claude can message with SendMessage.',
  ListMcpResourcesTool: 'Lists resources exposed by connected MCP servers.',
  LSP: 'Code intelligence via language servers: definitions, references, diagnostics.',
  Monitor: 'Runs a command in the background and feeds each output line back to Claude.',
  NotebookEdit: 'Modifies Jupyter notebook cells.',
  PowerShell: 'Executes PowerShell commands natively.',
  PushNotification: 'Sends a desktop notification, and a phone push with Remote Control.',
  Read: 'Reads the contents of files.',
  ReadMcpResourceTool: 'Reads a specific MCP resource by URI.',
  RemoteTrigger: 'Creates, updates, runs and lists Routines on claude.ai.',
  ReportFindings: 'Reports code-review findings as a structured list.',
  ScheduleWakeup: 'Reschedules the next iteration of a self-paced /loop.',
  SendMessage: 'Sends a message to another agent.',
  SendUserFile: 'Sends files from the session to you with an optional caption.',
  ShareOnboardingGuide: 'Uploads ONBOARDING.md and returns a share link.',
  Skill: 'Executes a skill within the main conversation.',
  TaskCreate: 'Creates a new task in the task list.',
  TaskGet: 'Retrieves full details for a specific task.',
  TaskList: 'Lists all tasks with their current status.',
  TaskOutput: 'Retrieves output from a background task (deprecated in favour of Read).',
  TaskStop: 'Stops a running background task by ID.',
  TaskUpdate: 'Updates task status, dependencies or details, or deletes tasks.',
  TodoWrite: 'Manages the session task checklist.',
  ToolSearch: 'Searches for and loads deferred tools when tool search is enabled.',
  WaitForMcpServers: 'Waits for MCP servers that are still connecting.',
  WebFetch: 'Fetches content from a specified URL.',
  WebSearch: 'Performs web searches.',
  Workflow: 'Runs a dynamic workflow that orchestrates many subagents.',
  Write: 'Creates or overwrites files.',
};

/** Old names that still work as aliases. */
export const TOOL_ALIASES: Readonly<Record<string, string>> = {
  Task: 'Agent',
};

/** Tools that no longer exist, with their replacement where there is one. */
export const REMOVED_TOOLS: Readonly<Record<string, string | undefined>> = {
  MultiEdit: 'Edit',
  NotebookRead: 'Read',
  BashOutput: 'TaskOutput',
  KillShell: 'TaskStop',
  // Not in the reference copies: `LS` listed directories in early Claude Code and was later
  // folded into Glob and Bash; real agent files still list it (11 in the corpus).
  LS: 'Glob',
};

/** Removed from every subagent even when listed in `tools` (sub-agents, "Available tools"). */
export const TOOLS_STRIPPED_FROM_SUBAGENTS: readonly string[] = [
  'AskUserQuestion',
  'EndConversation',
  'EnterPlanMode',
  'ExitPlanMode',
  'ScheduleWakeup',
  'TaskOutput',
  'WaitForMcpServers',
  'Workflow',
];

/** `mcp__server`, `mcp__server__tool`, `mcp__server__*`, and `mcp__*` (disallowedTools only). */
export const MCP_TOOL_PATTERN = /^mcp__(?:\*|[A-Za-z0-9_.-]+?(?:__(?:\*|[A-Za-z0-9_.-]+))?)$/;

/** What each documented enum value means, per field then value; a table per document kind below. */
export type ValueDocs = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Meanings of agent field values, for hovers and completion documentation. Source: sub-agents,
 * "Supported frontmatter fields", "Choose a model", "Permission modes", "Enable persistent memory".
 */
export const AGENT_VALUE_DOCS: ValueDocs = {
  model: {
    sonnet: 'The latest Sonnet model (alias).',
    opus: 'The latest Opus model (alias).',
    haiku: 'The latest Haiku model (alias).',
    fable: 'The latest Fable model (alias).',
    inherit: 'The same model as the main conversation. The default when `model` is omitted.',
  },
  permissionMode: {
    default: 'Manual mode: prompts for permission.',
    manual: 'Alias of `default` (manual mode: prompts for permission). Needs Claude Code v2.1.200 or later.',
    acceptEdits: 'Auto-accepts file edits and common filesystem commands for paths in the working directory or `additionalDirectories`.',
    auto: 'Auto mode: a background classifier reviews commands and protected-directory writes.',
    dontAsk: 'Auto-denies permission prompts; explicitly allowed tools still work.',
    bypassPermissions: 'Skips permission prompts, including writes to `.git`, `.claude`, `.vscode` and similar folders. Use with caution.',
    plan: 'Plan mode: read-only exploration.',
  },
  memory: {
    user: 'Memory in `~/.claude/agent-memory/<name-of-agent>/`: learnings across all projects.',
    project: 'Memory in `.claude/agent-memory/<name-of-agent>/`: project-specific, shareable through version control. The recommended scope.',
    local: 'Memory in `.claude/agent-memory-local/<name-of-agent>/`: project-specific, not checked in.',
  },
  effort: {
    low: 'The least reasoning: fastest and cheapest.',
    medium: 'Moderate reasoning.',
    high: 'Thorough reasoning.',
    xhigh: 'More reasoning than `high`; available levels depend on the model.',
    max: 'The most reasoning the model offers; available levels depend on the model.',
  },
  isolation: {
    worktree: 'Runs the subagent in a temporary git worktree, branched from the default branch; removed automatically if the subagent changes nothing.',
  },
  color: Object.fromEntries(COLORS.map((c) => [c, `Shown in ${c} in the task list and transcript.`])),
  background: {
    true: 'Keeps this subagent in the background even when Claude asks to run it in the foreground.',
    false: 'Runs in the foreground when Claude asks for it (the default).',
  },
};

/** Meanings of skill (and command) field values. Source: skills, "Frontmatter reference". */
export const SKILL_VALUE_DOCS: ValueDocs = {
  model: { ...AGENT_VALUE_DOCS['model'], inherit: 'Keeps the active model.' },
  effort: AGENT_VALUE_DOCS['effort']!,
  context: { fork: 'Runs the skill in a forked subagent: the content becomes its prompt, without the conversation history.' },
  shell: {
    bash: 'Runs injected `` !`command` `` blocks with the Bash tool (the default).',
    powershell: 'Runs injected commands with the PowerShell tool when it is enabled.',
  },
  background: {
    true: 'With `context: fork`, runs the forked subagent in the background (the default).',
    false: 'With `context: fork`, waits for the forked subagent\'s result in the turn that invoked the skill.',
  },
  'disable-model-invocation': {
    true: 'Only you can invoke the skill; Claude does not load it automatically or preload it into subagents.',
    false: 'Claude may load the skill automatically (the default).',
  },
  'user-invocable': {
    true: 'The skill appears in the `/` menu (the default).',
    false: 'Hidden from the `/` menu: only Claude invokes it.',
  },
};

/**
 * Frontmatter fields per document kind, for completions and hovers. A kind without an entry gets
 * no frontmatter completion; skills and commands plug their field lists in here.
 */
export const FIELDS_BY_KIND: Partial<Readonly<Record<DocumentKind, readonly FieldSpec[]>>> = {
  agent: AGENT_FIELDS,
  skill: SKILL_FIELDS,
  command: COMMAND_FIELDS,
};

/**
 * Value meanings per document kind. Kept apart from the field lists because one field name can
 * mean different things per kind (a skill's `background` only applies with `context: fork` and
 * defaults to `true`); a kind may reuse entries of another (`model`, `effort`).
 */
export const VALUE_DOCS_BY_KIND: Partial<Readonly<Record<DocumentKind, ValueDocs>>> = {
  agent: AGENT_VALUE_DOCS,
  skill: SKILL_VALUE_DOCS,
  command: SKILL_VALUE_DOCS,
};

/**
 * Kinds whose tool lists also separate entries by spaces (skills, "Frontmatter reference":
 * `allowed-tools` is "a space- or comma-separated string, or a YAML list"). Agents separate by commas.
 */
export const SPACE_SEPARATED_TOOL_KINDS: readonly DocumentKind[] = ['skill', 'command'];
