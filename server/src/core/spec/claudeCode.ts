/**
 * Claude Code's frontmatter vocabulary as data: fields, enum values and tool names.
 *
 * Sources, per list below: the Claude Code documentation (pages "Create custom subagents",
 * "Extend Claude with skills", "Tools reference", mirror dated 2026-08-22 in
 * shared/reference/claude-code-docs), the Agent Skills specification (shared/DOMAIN.md section 2),
 * and Claude Code's own code: the pinned binary (`CLAUDE_CODE_VERSION` in
 * scripts/editor/provision.mjs), whose lists `npm run spec:check` reads and compares with these
 * (lists.ts says which list is checked against which; reviewedDifferences.ts holds the differences
 * kept on purpose, each with its reason).
 *
 * The spec drifts: an unknown value is a warning with a suggestion, never an error, unless Claude
 * Code rejects it. A name the binary knows but the documentation does not is accepted quietly.
 */

import type { DocumentKind } from '../types';

export const SPEC_SOURCE = 'Claude Code docs (sub-agents, skills, tools-reference), mirror of 2026-08-22, and the Claude Code binary';
export const SPEC_CHECKED = '2026-12-01';
/**
 * The Claude Code release every list marked "binary" was last compared with. `npm run spec:check`
 * fails while it differs from the pinned `CLAUDE_CODE_VERSION`: moving to a newer release means
 * reviewing the difference and then updating this.
 */
export const SPEC_CHECKED_AGAINST = '2.1.332';

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
  /** Claude Code reads it, but its documentation does not mention it (found in the binary). */
  undocumented?: boolean;
  /**
   * Claude Code's own schema marks it internal: accepted without a word, not meant for authors.
   * Completion leaves it out.
   */
  internal?: boolean;
  /** The keys Claude Code reads inside a map-valued field (`experimental.cacheTtl`). */
  keys?: readonly FieldSpec[];
}

/**
 * Model aliases and keywords (binary: the alias list, and the check that also takes `default` and
 * `inherit`). Claude Code compares them without letter case and accepts `[1m]` after an alias
 * (MODEL_ALIAS_SUFFIXES) for the 1M-token context window.
 */
export const MODEL_ALIASES = ['sonnet', 'opus', 'haiku', 'fable', 'best', 'opusplan', 'default', 'inherit'] as const;
/** Suffixes accepted after an alias (`sonnet[1m]`) and after a model ID. */
export const MODEL_ALIAS_SUFFIXES = ['[1m]'] as const;
/** Full model IDs such as `claude-opus-5` or `claude-sonnet-4-20250514`. */
export const MODEL_ID_PATTERN = /^claude-[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\[1m\])?$/;
/** The model IDs Claude Code knows by name (binary), for completion; any other `claude-…` ID is accepted too. */
export const MODEL_IDS = [
  'claude-3-5-haiku',
  'claude-3-5-sonnet',
  'claude-3-7-sonnet',
  'claude-fable-5',
  'claude-fable-5-1',
  'claude-fable-5-2',
  'claude-haiku-4-5',
  'claude-haiku-5-5',
  'claude-mythos-5',
  'claude-mythos-5-1',
  'claude-mythos-5-2',
  'claude-opus-4-0',
  'claude-opus-4-1',
  'claude-opus-4-5',
  'claude-opus-4-6',
  'claude-opus-4-7',
  'claude-opus-4-8',
  'claude-opus-5',
  'claude-opus-5-5',
  'claude-sonnet-4-0',
  'claude-sonnet-4-5',
  'claude-sonnet-4-6',
  'claude-sonnet-5',
  'claude-sonnet-5-5',
] as const;
/** Whether Claude Code takes `value` as a model alias or keyword: any letter case, optional `[1m]`. */
export function isModelAlias(value: string): boolean {
  const lower = value.trim().toLowerCase();
  const bare = MODEL_ALIAS_SUFFIXES.reduce((v, s) => (v.endsWith(s) ? v.slice(0, -s.length) : v), lower);
  return (MODEL_ALIASES as readonly string[]).includes(bare);
}
/**
 * The colours a project or user agent's `color` keeps (binary: the loader keeps `color` only when
 * it is one of these, and drops any other value without a word). `magenta` is not one of them.
 */
export const COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'] as const;
/** Permission modes (binary), then the aliases the loader maps first (PERMISSION_MODE_ALIASES). */
export const PERMISSION_MODES = ['default', 'acceptEdits', 'auto', 'dontAsk', 'bypassPermissions', 'plan', 'manual'] as const;
/** Permission mode aliases: the loader reads `manual` as `default` (binary). */
export const PERMISSION_MODE_ALIASES: Readonly<Record<string, string>> = { manual: 'default' };
export const MEMORY_SCOPES = ['user', 'project', 'local'] as const;
/**
 * Named effort levels (binary). The loader also takes any integer, the levels in any letter case,
 * and `med` for `medium`.
 */
export const EFFORT_LEVELS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
/** Isolation modes a project or user agent accepts (binary); `remote` is undocumented. */
export const ISOLATION_MODES = ['worktree', 'remote'] as const;
/** Plugin agents keep `isolation` only when it is `worktree` (binary). */
export const PLUGIN_AGENT_ISOLATION_MODES = ['worktree'] as const;
/** Keys a plugin agent also reads (binary): the description falls back to them. */
export const PLUGIN_AGENT_EXTRA_FIELDS = ['when_to_use', 'when-to-use'] as const;

/**
 * Agent frontmatter (docs: sub-agents, "Supported frontmatter fields"; binary: the agent
 * frontmatter schema, which lists every key the loader reads, and the plugin agent loader, which
 * warns about the keys it ignores).
 */
export const AGENT_FIELDS: readonly FieldSpec[] = [
  {
    name: 'name',
    type: 'string',
    required: true,
    doc: 'Unique identifier using lowercase letters and hyphens. Hooks receive it as `agent_type`. The file name need not match. Must not start with `-` or contain `:` (reserved for plugin-scoped names): Claude Code skips such a file.',
  },
  { name: 'description', type: 'string', required: true, doc: 'When Claude should delegate to this subagent. Without it Claude Code skips the file.' },
  {
    name: 'tools',
    type: 'toolList',
    doc: 'Tools the subagent can use, as a comma-separated string or a YAML list. Inherits every tool available to subagents if omitted. If no entry resolves to a tool, the subagent fails to launch.',
  },
  {
    name: 'disallowedTools',
    type: 'toolList',
    doc: 'Tools to deny, removed from the inherited or specified list. Applied before `tools`; a tool listed in both is removed.',
  },
  {
    name: 'model',
    type: 'enum',
    values: MODEL_ALIASES,
    pattern: MODEL_ID_PATTERN,
    doc: 'Model to use: an alias (`sonnet`, `opus`, `haiku`, `fable`, `best`, `opusplan`), `default`, a full model ID (for example `claude-opus-5`), or `inherit`; `[1m]` after an alias or ID asks for the 1M-token context window. Defaults to `inherit`.',
  },
  {
    name: 'permissionMode',
    type: 'enum',
    values: PERMISSION_MODES,
    ignoredForPlugins: true,
    doc: 'Permission mode: `default`, `acceptEdits`, `auto`, `dontAsk`, `bypassPermissions`, `plan`, or `manual` (alias of `default`). Ignored for plugin subagents.',
  },
  { name: 'maxTurns', type: 'positiveInteger', doc: 'Maximum number of agentic turns before the subagent stops.' },
  { name: 'skills', type: 'stringList', doc: "Skills to preload into the subagent's context at startup (full content, not only the description)." },
  {
    name: 'mcpServers',
    type: 'any',
    ignoredForPlugins: true,
    doc: 'MCP servers available to this subagent: names of configured servers, or inline definitions keyed by server name. Ignored for plugin subagents.',
  },
  { name: 'hooks', type: 'map', ignoredForPlugins: true, doc: 'Lifecycle hooks scoped to this subagent. Ignored for plugin subagents.' },
  { name: 'memory', type: 'enum', values: MEMORY_SCOPES, doc: 'Persistent memory scope: `user`, `project`, or `local`. Enables cross-session learning.' },
  { name: 'background', type: 'boolean', doc: 'Set to `true` to keep this subagent in the background even when Claude asks to run it in the foreground.' },
  {
    name: 'effort',
    type: 'enum',
    values: EFFORT_LEVELS,
    doc: "Effort level while this subagent is active: `low`, `medium`, `high`, `xhigh`, `max`, or an integer. Defaults to the session's.",
  },
  {
    name: 'isolation',
    type: 'enum',
    values: ISOLATION_MODES,
    doc: 'Set to `worktree` to run the subagent in a temporary git worktree. Claude Code also reads `remote` (a cloud session, where available; undocumented). Plugin agents keep only `worktree`.',
  },
  {
    name: 'color',
    type: 'enum',
    values: COLORS,
    doc: 'Display colour in the task list and transcript: `red`, `blue`, `green`, `yellow`, `purple`, `orange`, `pink`, or `cyan`. Any other value is dropped without a word.',
  },
  {
    name: 'initialPrompt',
    type: 'string',
    ignoredForPlugins: true,
    doc: 'Auto-submitted as the first user turn when this agent runs as the main session agent (`--agent`). Commands and skills are processed. Ignored for plugin subagents.',
  },
  {
    name: 'omitClaudeMd',
    type: 'boolean',
    undocumented: true,
    doc: 'Set to `true` to run this agent as a subagent without the user, project and local CLAUDE.md files (managed policy files stay), for agents that get everything they need from the delegation prompt. No effect on the main session agent. Undocumented: Claude Code reads it, its documentation does not mention it.',
  },
  {
    name: 'autoCompactWindow',
    type: 'positiveInteger',
    undocumented: true,
    doc: 'Token count at which this agent compacts its own conversation when it runs as a subagent; it can only lower the window the subagent would inherit. Undocumented.',
  },
  {
    name: 'observer',
    type: 'string',
    undocumented: true,
    ignoredForPlugins: true,
    doc: 'Agent type (or a comma-separated list of up to four) started as a background observer whenever this agent runs; an observer gets read-only activity digests. Undocumented; ignored for plugin subagents.',
  },
  {
    name: 'observerMessage',
    type: 'string',
    undocumented: true,
    ignoredForPlugins: true,
    doc: "Text appended to each activity digest sent to this agent's observers. Undocumented; ignored for plugin subagents.",
  },
  {
    name: 'observeToolResults',
    type: 'boolean',
    undocumented: true,
    doc: "On an observer's own definition: `false` leaves tool results, CLAUDE.md content and discovered skills out of its digests. Undocumented.",
  },
  {
    name: 'observeSubagents',
    type: 'boolean',
    undocumented: true,
    ignoredForPlugins: true,
    doc: '`false`: subagents this agent starts do not inherit its observers. Undocumented; ignored for plugin subagents.',
  },
  {
    name: 'experimental',
    type: 'map',
    undocumented: true,
    doc: 'Experimental per-agent options; Claude Code ignores unknown keys inside. Undocumented.',
    keys: [
      {
        name: 'cacheTtl',
        type: 'string',
        undocumented: true,
        doc: "Prompt cache lifetime for this agent's requests, `5m` or `1h`, when no setting or environment variable sets one. Undocumented.",
      },
    ],
  },
];

/**
 * `context` values for skills and commands (docs: skills, "Run skills in a subagent"; binary: the
 * skill schema also takes `inline`, the default).
 */
export const SKILL_CONTEXTS = ['fork', 'inline'] as const;
/** `shell` values for a skill's injected commands. */
export const SKILL_SHELLS = ['bash', 'powershell'] as const;
/**
 * Words a skill's boolean field accepts, in any letter case (skills, "Frontmatter reference"; before
 * v2.1.218 only `true` and `false`).
 */
export const SKILL_BOOLEAN_WORDS = ['true', 'false', 'yes', 'no', 'on', 'off', '1', '0'] as const;

const INTERNAL_SKILL_DOC =
  'Internal to Claude Code: its own skill schema accepts this key, but it is not for skill authors, the documentation does not list it, and the skill loader does not act on most of them.';
/**
 * Keys the binary's skill schema marks internal: accepted without a word, but not for authors, and
 * apart from `version` (bookkeeping) not read by the skill loader (binary). Kept out of SKILL_FIELDS,
 * so a skill that sets one is still told that Claude Code does nothing with it.
 */
export const SKILL_INTERNAL_FIELDS: readonly FieldSpec[] = [
  'version',
  'fallback',
  'created_by',
  'improved_by',
  'displayName',
  'author',
  'homepage',
  'repository',
  'keywords',
  'mcpServers',
  'lspServers',
  'agents',
  'outputStyles',
  'themes',
  'workflows',
  'channels',
  'monitors',
  'settings',
  'userConfig',
  'defaultEnabled',
  'experimental',
  'dependencies',
].map((name) => ({ name, type: 'any' as const, internal: true, doc: INTERNAL_SKILL_DOC }));

/**
 * Claude Code's skill frontmatter: every field optional (docs: skills, "Frontmatter reference";
 * binary: the skill frontmatter schema, which commands are read with too).
 */
export const SKILL_FIELDS: readonly FieldSpec[] = [
  {
    name: 'name',
    type: 'string',
    doc: 'Display name shown in skill listings; defaults to the directory name. In a personal or project skill the command still comes from the directory name; in a plugin skill `name` sets the last segment of the command.',
  },
  {
    name: 'description',
    type: 'string',
    doc: 'What the skill does and when to use it; Claude uses it to decide when to apply the skill. If omitted, the first paragraph of the content is used. `description` and `when_to_use` together are cut at 1,536 characters in the skill listing.',
  },
  {
    name: 'when_to_use',
    type: 'string',
    doc: 'Extra context for when Claude should invoke the skill (trigger phrases, example requests). Appended to `description` in the listing; counts toward the 1,536-character cap.',
  },
  {
    name: 'argument-hint',
    type: 'string',
    doc: 'Hint shown during autocomplete for the expected arguments, such as `[issue-number]` or `[filename] [format]`. Quote it: an unquoted `[a] [b]` is not valid YAML.',
  },
  {
    name: 'arguments',
    type: 'stringList',
    doc: 'Named positional arguments for `$name` substitution in the content: a space-separated string or a YAML list. Names map to argument positions in order.',
  },
  {
    name: 'disable-model-invocation',
    type: 'boolean',
    doc: 'Set to `true` to stop Claude from loading this skill automatically (and from preloading it into subagents). Default: `false`.',
  },
  { name: 'user-invocable', type: 'boolean', doc: 'Set to `false` to hide the skill from the `/` menu so only Claude invokes it. Default: `true`.' },
  {
    name: 'allowed-tools',
    type: 'toolList',
    doc: 'Tools Claude may use without asking permission during the turn that invokes this skill: a space- or comma-separated string, or a YAML list.',
  },
  {
    name: 'disallowed-tools',
    type: 'toolList',
    doc: "Tools removed from Claude's pool while this skill is active: a space- or comma-separated string, or a YAML list.",
  },
  {
    name: 'disallowedTools',
    type: 'toolList',
    undocumented: true,
    doc: 'Another spelling of `disallowed-tools` that Claude Code also reads (undocumented); `disallowed-tools` wins when both are set.',
  },
  {
    name: 'model',
    type: 'enum',
    values: MODEL_ALIASES,
    pattern: MODEL_ID_PATTERN,
    doc: "Model to use while this skill is active, for the rest of the turn: an alias, a full model ID, or `inherit`. With `context: fork` it sets the forked subagent's model.",
  },
  {
    name: 'effort',
    type: 'enum',
    values: EFFORT_LEVELS,
    doc: "Effort level while this skill is active: `low`, `medium`, `high`, `xhigh`, `max`, or an integer. Defaults to the session's.",
  },
  {
    name: 'context',
    type: 'enum',
    values: SKILL_CONTEXTS,
    doc: "Set to `fork` to run the skill in a forked subagent context; the content becomes the subagent's prompt. `inline` (the default) expands it into the current conversation.",
  },
  { name: 'agent', type: 'string', doc: 'Which subagent type runs the skill when `context: fork` is set.' },
  {
    name: 'background',
    type: 'boolean',
    doc: "Only with `context: fork`: set to `false` to wait for the forked subagent's result in the invoking turn. Default: `true`. Needs Claude Code v2.1.218 or later.",
  },
  { name: 'hooks', type: 'map', doc: 'Hooks registered when the skill is invoked, kept for the rest of the session.' },
  { name: 'paths', type: 'stringList', doc: 'Glob patterns that limit when the skill activates automatically: a comma-separated string or a YAML list.' },
  { name: 'shell', type: 'enum', values: SKILL_SHELLS, doc: 'Shell for `` !`command` `` and ` ```! ` blocks: `bash` (default) or `powershell`.' },
  {
    name: 'metadata',
    type: 'map',
    doc: 'Free-form map for your own tooling. Claude Code does not act on it and drops a value that is not a map. The Agent Skills specification requires string values.',
  },
  { name: 'license', type: 'string', doc: 'License covering the skill (Agent Skills specification). Claude Code accepts it but does not act on it.' },
  {
    name: 'compatibility',
    type: 'string',
    doc: 'Environment requirements, such as intended products or system prerequisites: up to 500 characters (Agent Skills specification). Claude Code accepts it but does not act on it.',
  },
];

/**
 * Command files are read with the skill reader (binary), but `name` and `paths` are ignored there:
 * a command's name comes from its file, and only skills are scoped by `paths`.
 */
export const COMMAND_IGNORED_FIELDS = ['name', 'paths'] as const;
/** The fields a command file reads, in documentation order. */
export const COMMAND_FIELDS: readonly FieldSpec[] = SKILL_FIELDS.filter((f) => !(COMMAND_IGNORED_FIELDS as readonly string[]).includes(f.name));

/**
 * The Agent Skills specification (portable skills: claude.ai uploads, the Skills API,
 * `package_skill.py`). Any other key fails packaging or upload with a hard error.
 */
export const AGENT_SKILLS_FIELDS: readonly FieldSpec[] = [
  {
    name: 'name',
    type: 'string',
    required: true,
    doc: '1-64 characters of lowercase letters, digits and hyphens, not starting or ending with a hyphen, without `--`, and equal to the folder name.',
  },
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

/**
 * Built-in tools, first tier: the ones the Tools reference documents (docs: tools-reference; every
 * name checked against the binary's tool names).
 */
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
  Glob: 'Finds files based on pattern matching. Native builds (Linux, macOS; since 2.1.117) leave it out of a session or subagent that has Bash, which searches with `find`; an agent that lists `Glob` without `Bash` still gets it.',
  Grep: 'Searches for patterns in file contents. Native builds (Linux, macOS; since 2.1.117) leave it out of a session or subagent that has Bash, which searches with `grep`; an agent that lists `Grep` without `Bash` still gets it.',
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

const UNDOCUMENTED_TOOL_DOC = 'A tool Claude Code knows (binary) but its Tools reference does not list: internal, in preview, or offered only in some setups.';
/**
 * Built-in tools, second tier: names Claude Code itself knows (binary: its list of built-in tool
 * names and its tool definitions) that the Tools reference does not document. Listing one is not a
 * mistake; the tool may still be missing from a given session.
 */
export const UNDOCUMENTED_TOOLS: Readonly<Record<string, string>> = Object.fromEntries([
  ['SendFeedback', 'Queues a draft feedback report about Claude Code for the user to review and send. Not in the Tools reference.'],
  ['FetchInboxMessage', 'Reads a message relayed to the session inbox from a linked thread. Not in the Tools reference.'],
  ['SendUserMessage', 'Sends a message to the user (the current name of `Brief`). Not in the Tools reference.'],
  ['ReadMcpResourceDirTool', "Lists a directory of an MCP server's resources. Not in the Tools reference."],
  ['REPL', 'Runs code in a persistent REPL that can call other tools. Not in the Tools reference.'],
  ['StructuredOutput', 'Returns a result in a fixed JSON shape. Not in the Tools reference.'],
  ...[
    'AppifactRepl',
    'ArtifactCheck',
    'ArtifactComments',
    'ArtifactData',
    'ClaudeDesign',
    'DesignSync',
    'GetGoal',
    'GetTask',
    'ListConnectors',
    'ListPlugins',
    'ListSkills',
    'McpTaskCheck',
    'McpTaskResumePolling',
    'McpTaskShowQuestion',
    'ObserverReport',
    'OfferChromeSetup',
    'PauseGoal',
    'Poll',
    'Projects',
    'PublishPlugin',
    'ReadNotifications',
    'ReadWidgetContext',
    'RefreshMcpTools',
    'SearchMcpRegistry',
    'SearchPlugins',
    'SearchSkills',
    'SendFile',
    'SendToProject',
    'SendToProjectContext',
    'SetGoal',
    'ShowOnboardingRolePicker',
    'SubagentHandback',
    'SuggestConnectors',
    'SuggestPluginInstall',
    'SuggestSkills',
    'WrapUp',
    'Yield',
    'enable__mcp__claude-in-chrome',
    'enable__mcp__remote-devices__Claude_Browser',
    'enable__mcp__remote-devices__computer',
    'memory_list',
    'memory_read',
    'memory_write',
    'propose_skills',
    'request_computer',
    'self_hosted_runner_get_pool',
    'self_hosted_runner_list_runners',
    'self_hosted_runner_list_secrets',
    'self_hosted_runner_list_sessions',
    'self_hosted_runner_read_health',
    'self_hosted_runner_read_metrics',
    'self_hosted_runner_requeue_session',
    'self_hosted_runner_spawn_local',
    'self_hosted_runner_tail_log',
  ].map((name) => [name, UNDOCUMENTED_TOOL_DOC]),
]);

/**
 * Old tool names Claude Code still reads as the current tool (binary: the table its tool-name
 * parser consults for `tools`, `disallowedTools` and permission rules). An agent that lists one
 * gets the current tool.
 */
export const TOOL_ALIASES: Readonly<Record<string, string>> = {
  Task: 'Agent',
  KillShell: 'TaskStop',
  KillBash: 'TaskStop',
  ListPeers: 'ListAgents',
  Brief: 'SendUserMessage',
  ListMcpResources: 'ListMcpResourcesTool',
  ReadMcpResource: 'ReadMcpResourceTool',
  ReadMcpResourceDir: 'ReadMcpResourceDirTool',
  ProposeGoal: 'SetGoal',
};

/**
 * Aliases whose current tool is the same tool under a new name. Writing the new name changes
 * nothing, so that fix may be applied unasked. The others name a tool that does more or something
 * else (`KillShell` stopped background shells; `TaskStop` stops any background task, agents
 * included): their rename is offered, never applied by fix-all.
 */
export const TOOL_ALIASES_RENAMED_ONLY: readonly string[] = ['Task', 'ListMcpResources', 'ReadMcpResource', 'ReadMcpResourceDir'];

export interface RemovedTool {
  /** The tool that does this job now, when there is one. */
  replacement?: string;
  /** Whether the replacement grants what the old tool granted, no more and no less. */
  sameCapability: boolean;
  /** The first release without the tool, when known. */
  removedIn?: string;
  /** Where that comes from. */
  evidence: string;
}

/**
 * Built-in tools, third tier: tools that no longer exist. Listing one grants nothing: Claude Code
 * drops the entry (and refuses to start an agent none of whose entries resolves).
 */
export const REMOVED_TOOLS: Readonly<Record<string, RemovedTool>> = {
  TaskOutput: {
    replacement: 'Read',
    sameCapability: false,
    removedIn: '2.1.277',
    evidence:
      "Claude Code 2.1.276 defines the TaskOutput tool; 2.1.277 lists it among retired tools (binaries). Deprecated in 2.1.83 in favour of Read on the task's output file (CHANGELOG).",
  },
  BashOutput: {
    replacement: 'Read',
    sameCapability: false,
    removedIn: '2.1.277',
    evidence: 'Read as TaskOutput up to 2.1.276; retired with it in 2.1.277 (binaries).',
  },
  BashOutputTool: {
    replacement: 'Read',
    sameCapability: false,
    removedIn: '2.1.277',
    evidence: 'Read as TaskOutput up to 2.1.276; retired with it in 2.1.277 (binaries).',
  },
  AgentOutput: {
    replacement: 'Read',
    sameCapability: false,
    removedIn: '2.1.277',
    evidence: 'Read as TaskOutput up to 2.1.276; retired with it in 2.1.277 (binaries).',
  },
  AgentOutputTool: {
    replacement: 'Read',
    sameCapability: false,
    removedIn: '2.1.277',
    evidence: 'Read as TaskOutput up to 2.1.276; retired with it in 2.1.277 (binaries).',
  },
  MultiEdit: {
    replacement: 'Edit',
    sameCapability: true,
    evidence:
      'No tool by this name in Claude Code 2.1.332, nor in its alias table (binary); its permission check treats a MultiEdit(path) rule like one for Write, matched by no file check.',
  },
  NotebookRead: {
    replacement: 'Read',
    sameCapability: false,
    evidence: 'No tool by this name in Claude Code 2.1.332, nor in its alias table (binary); Read reads notebooks.',
  },
  // `LS` listed directories in early Claude Code; real agent files still list it (11 in the corpus).
  LS: { replacement: 'Glob', sameCapability: false, evidence: 'No tool by this name in Claude Code 2.1.332, nor in its alias table (binary).' },
  // Agent teams' tools; real agent files still list them (wshobson/agents' team-lead).
  TeamCreate: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
  TeamDelete: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
  Frame: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
  FrameRead: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
  SuggestBackgroundPR: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
  AutofixPr: { sameCapability: false, evidence: 'Listed among retired tools by Claude Code 2.1.276 and later (binaries).' },
};

/**
 * Removed from every subagent even when listed in `tools` (binary: the subagent tool filter's set
 * for all agents; custom agents get the same set). `ExitPlanMode` stays when the agent's
 * `permissionMode` is `plan`.
 */
export const TOOLS_STRIPPED_FROM_SUBAGENTS: readonly string[] = [
  'ExitPlanMode',
  'EnterPlanMode',
  'memory_list',
  'memory_read',
  'memory_write',
  'AskUserQuestion',
  'ConnectGitHub',
  'OfferChromeSetup',
  'propose_skills',
  'WrapUp',
  'WaitForMcpServers',
  'RefreshMcpTools',
  'Workflow',
  'ScheduleWakeup',
  'ReadNotifications',
  'SetGoal',
  'PauseGoal',
  'GetGoal',
  'PublishPlugin',
  'SendToProject',
  'SendToProjectContext',
  'McpTaskCheck',
  'McpTaskResumePolling',
  'McpTaskShowQuestion',
  'EndConversation',
  'AppifactRepl',
];

/** The only built-in tools a subagent running in the background gets (binary: the subagent tool filter). */
export const BACKGROUND_SUBAGENT_TOOLS: readonly string[] = [
  'Read',
  'WebSearch',
  'TodoWrite',
  'Grep',
  'WebFetch',
  'Glob',
  'Bash',
  'PowerShell',
  'Edit',
  'Write',
  'NotebookEdit',
  'Skill',
  'StructuredOutput',
  'ToolSearch',
  'EnterWorktree',
  'ExitWorktree',
  'REPL',
  'Poll',
  'Yield',
  'LSP',
  'Monitor',
  'TaskStop',
  'SendMessage',
  'Artifact',
  'SearchPlugins',
  'SearchSkills',
  'ListPlugins',
  'ListSkills',
];

/**
 * Native builds (Linux, macOS, since 2.1.117) leave these tools out of a session that has Bash and
 * search with the `find`/`grep` Bash gives them (binary: the base tool list filters them out).
 * A subagent whose `tools` list them but resolve to no Bash gets them back (binary: the subagent
 * tool resolver), so such an agent can still search. Source: binary 2.1.332; CHANGELOG 2.1.117.
 */
export const NATIVE_BUILD_SEARCH_TOOLS = { dropped: ['Glob', 'Grep'], restoredWithoutBash: ['Glob', 'Grep'] } as const;

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
    best: 'The most capable model available to you (alias).',
    opusplan: 'Opus in plan mode, Sonnet otherwise (alias).',
    default: 'The default model for your account, as if no model were set for the session.',
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
    remote: 'Runs the subagent in a cloud session where the build and account offer one (undocumented; plugin agents ignore it).',
  },
  color: Object.fromEntries(COLORS.map((c) => [c, `Shown in ${c} in the task list and transcript.`])),
  background: {
    true: 'Keeps this subagent in the background even when Claude asks to run it in the foreground.',
    false: 'Runs in the foreground when Claude asks for it (the default).',
  },
  omitClaudeMd: {
    true: 'As a subagent, runs without the user, project and local CLAUDE.md files (managed policy files stay).',
    false: 'Loads CLAUDE.md files as usual (the default).',
  },
  observeToolResults: {
    true: "This observer's digests include tool results (the default).",
    false: "This observer's digests leave out tool results, CLAUDE.md content and discovered skills.",
  },
  observeSubagents: {
    true: 'Subagents this agent starts inherit its observers (the default).',
    false: 'Subagents this agent starts do not inherit its observers.',
  },
};

/** Meanings of skill (and command) field values. Source: skills, "Frontmatter reference". */
export const SKILL_VALUE_DOCS: ValueDocs = {
  model: { ...AGENT_VALUE_DOCS['model'], inherit: 'Keeps the active model.' },
  effort: AGENT_VALUE_DOCS['effort']!,
  context: {
    fork: 'Runs the skill in a forked subagent: the content becomes its prompt, without the conversation history.',
    inline: 'Expands the skill into the current conversation (the default).',
  },
  shell: {
    bash: 'Runs injected `` !`command` `` blocks with the Bash tool (the default).',
    powershell: 'Runs injected commands with the PowerShell tool when it is enabled.',
  },
  background: {
    true: 'With `context: fork`, runs the forked subagent in the background (the default).',
    false: "With `context: fork`, waits for the forked subagent's result in the turn that invoked the skill.",
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
