/**
 * claude-mpm's JSON agent templates (`agents/templates/*.json`, the JSON-template era): what its
 * template schema (1.3.0, claude-mpm v4.21.0 `schemas/agent_schema.json`) requires of each key, and
 * what its template builder makes of a template. Facts transcribed into our own shapes; the schema
 * file itself is not copied. claude-mpm's validator (`validation/agent_validator.py`) checks with
 * draft-07 semantics and no format checker, so `format` (dates) is not enforced and neither is it here.
 * Checked: 2026-12-01.
 */

export const MPM_TEMPLATE_SCHEMA_VERSION = '1.3.0';

/** The form a template value must have; every constraint is claude-mpm's. */
export type TemplateShape =
  | {
      readonly type: 'string';
      readonly enum?: readonly string[];
      readonly pattern?: RegExp;
      readonly patternText?: string;
      readonly minLength?: number;
      readonly maxLength?: number;
    }
  | { readonly type: 'integer' | 'number'; readonly minimum?: number; readonly maximum?: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'array'; readonly items?: TemplateShape; readonly minItems?: number; readonly maxItems?: number; readonly uniqueItems?: boolean }
  | { readonly type: 'object'; readonly fields?: readonly TemplateField[]; readonly required?: readonly string[] }
  /** Exactly one of the options must fit (a trigger is a string or a `{condition, action}` object). */
  | { readonly type: 'oneOf'; readonly options: readonly TemplateShape[] };

export interface TemplateField {
  readonly name: string;
  /** Markdown for hovers and completion. */
  readonly doc: string;
  readonly shape: TemplateShape;
  /** Documented for completion and hovers, but not part of claude-mpm's schema: never checked by it. */
  readonly unchecked?: boolean;
}

const SEMVER = /^\d+\.\d+\.\d+$/;
const str = (extra: Omit<Extract<TemplateShape, { type: 'string' }>, 'type'> = {}): TemplateShape => ({ type: 'string', ...extra });
const semver: TemplateShape = { type: 'string', pattern: SEMVER, patternText: 'MAJOR.MINOR.PATCH' };
const strings: TemplateShape = { type: 'array', items: { type: 'string' } };
const obj = (fields: readonly TemplateField[], required?: readonly string[]): TemplateShape => ({ type: 'object', fields, ...(required ? { required } : {}) });
const field = (name: string, doc: string, shape: TemplateShape): TemplateField => ({ name, doc, shape });

/** Values of `agent_type` the schema accepts. */
export const MPM_AGENT_TYPES = [
  'base',
  'engineer',
  'qa',
  'documentation',
  'research',
  'security',
  'ops',
  'data_engineer',
  'version_control',
  'system',
  'refactoring',
  'memory_manager',
] as const;
/** Values of `metadata.category`. */
export const MPM_AGENT_CATEGORIES = [
  'engineering',
  'research',
  'quality',
  'operations',
  'specialized',
  'system',
  'project-management',
  'infrastructure',
] as const;
/** Values of `metadata.color`: wider than what Claude Code accepts (`indigo`, `gray`, `black`, `white`). */
export const MPM_TEMPLATE_COLORS = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan', 'indigo', 'gray', 'black', 'white'] as const;
/** Values of `capabilities.model`. */
export const MPM_TEMPLATE_MODELS = ['opus', 'sonnet', 'haiku'] as const;
/** Values of `capabilities.resource_tier`. */
export const MPM_RESOURCE_TIERS = ['basic', 'standard', 'intensive', 'lightweight', 'high'] as const;
/**
 * Values of `capabilities.tools`: Claude Code's tools of 2025 (with `MultiEdit`, `LS` and
 * `NotebookRead`, since removed from Claude Code), command-line tools, and claude-mpm's MCP tools.
 */
export const MPM_TEMPLATE_TOOLS = [
  'Read',
  'Write',
  'Edit',
  'MultiEdit',
  'Grep',
  'Glob',
  'LS',
  'Bash',
  'WebSearch',
  'WebFetch',
  'NotebookRead',
  'NotebookEdit',
  'TodoWrite',
  'ExitPlanMode',
  'git',
  'docker',
  'kubectl',
  'terraform',
  'aws',
  'gcloud',
  'azure',
  'mcp__claude-mpm-gateway__document_summarizer',
  'mcp__claude-mpm-gateway__ticket',
  'mcp__mcp-vector-search__search_code',
  'mcp__mcp-vector-search__search_similar',
  'mcp__mcp-vector-search__search_context',
  'mcp__mcp-vector-search__get_project_status',
  'mcp__mcp-vector-search__index_project',
] as const;

const METADATA: readonly TemplateField[] = [
  field(
    'name',
    'Human-readable agent name shown in claude-mpm (3-50 characters). Not the Claude Code name: that comes from the file name.',
    str({ minLength: 3, maxLength: 50 }),
  ),
  field(
    'description',
    "What the agent is for (10-250 characters); claude-mpm builds the deployed agent's `description` from it.",
    str({ minLength: 10, maxLength: 250 }),
  ),
  field('category', `Agent category: ${MPM_AGENT_CATEGORIES.map((c) => `\`${c}\``).join(', ')}.`, str({ enum: MPM_AGENT_CATEGORIES })),
  field('tags', 'Tags for discovery: 1-10 distinct words of letters, digits, `_` and `-`, starting with a letter.', {
    type: 'array',
    items: str({ pattern: /^[a-zA-Z][a-zA-Z0-9_-]*$/, patternText: 'a letter, then letters, digits, `_` or `-`' }),
    minItems: 1,
    maxItems: 10,
    uniqueItems: true,
  }),
  field('author', 'Author of the template.', str()),
  field('created_at', 'Creation timestamp (ISO 8601).', str()),
  field('updated_at', 'Last update timestamp (ISO 8601).', str()),
  field(
    'color',
    "Colour claude-mpm writes into the deployed agent's `color`. Claude Code shows only `red`, `blue`, `green`, `yellow`, `purple`, `orange`, `pink` and `cyan`.",
    str({ enum: MPM_TEMPLATE_COLORS }),
  ),
  field('version', 'Metadata version, `MAJOR.MINOR.PATCH`.', semver),
  field(
    'status',
    'Template status: `stable`, `experimental`, `deprecated`, `development`.',
    str({ enum: ['stable', 'experimental', 'deprecated', 'development'] }),
  ),
];

const LIMITS: readonly TemplateField[] = [
  field('memory_limit', 'Memory limit in MB (512-8192).', { type: 'integer', minimum: 512, maximum: 8192 }),
  field('cpu_limit', 'CPU limit in percent (10-100).', { type: 'integer', minimum: 10, maximum: 100 }),
  field('max_file_size', 'Largest file the agent may process, in bytes (at least 1024).', { type: 'integer', minimum: 1024 }),
  field('max_files_per_session', 'Most files the agent may access in a session (at least 1).', { type: 'integer', minimum: 1 }),
];

const CAPABILITIES: readonly TemplateField[] = [
  field('model', 'Model tier: `opus`, `sonnet` or `haiku`. claude-mpm deploys any other value as `sonnet`.', str({ enum: MPM_TEMPLATE_MODELS })),
  field(
    'tools',
    "Tools of the agent, each once. claude-mpm's default deployment does not write them into the agent (it inherits every tool); its asynchronous deployment writes them as `tools:`.",
    { type: 'array', items: str({ enum: MPM_TEMPLATE_TOOLS }), uniqueItems: true },
  ),
  field('resource_tier', `Resource tier: ${MPM_RESOURCE_TIERS.map((t) => `\`${t}\``).join(', ')}.`, str({ enum: MPM_RESOURCE_TIERS })),
  field('max_tokens', 'Maximum response tokens (1,000-200,000; default 8192).', { type: 'integer', minimum: 1000, maximum: 200000 }),
  field('temperature', 'Model temperature (0-1; default 0.7).', { type: 'number', minimum: 0, maximum: 1 }),
  field('timeout', 'Operation timeout in seconds (30-3600; default 300).', { type: 'integer', minimum: 30, maximum: 3600 }),
  field('memory_limit', 'Memory limit in MB (512-8192).', { type: 'integer', minimum: 512, maximum: 8192 }),
  field('cpu_limit', 'CPU limit in percent (10-100).', { type: 'integer', minimum: 10, maximum: 100 }),
  field('network_access', 'Whether the agent needs the network.', { type: 'boolean' }),
  field(
    'file_access',
    'Paths the agent may read and write.',
    obj([field('read_paths', 'Paths the agent may read.', strings), field('write_paths', 'Paths the agent may write.', strings)]),
  ),
  field('allowed_tools', 'Glob patterns of the files the agent may access.', strings),
  field('disallowed_tools', 'Tools to deny, overriding `tools`.', strings),
  field('limits', 'Explicit resource limits.', obj(LIMITS)),
  field('tool_choice', 'Tool use strategy: `auto`, `required` or `none`.', str({ enum: ['auto', 'required', 'none'] })),
];

const HOOK_LIST: TemplateShape = {
  type: 'array',
  items: obj([field('name', 'Hook name.', str()), field('enabled', 'Whether the hook runs.', { type: 'boolean' })]),
};

/** The top-level keys of a template, in the order claude-mpm documents them. */
export const MPM_TEMPLATE_FIELDS: readonly TemplateField[] = [
  field('schema_version', `Version of claude-mpm's template schema the file follows (\`${MPM_TEMPLATE_SCHEMA_VERSION}\`), \`MAJOR.MINOR.PATCH\`.`, semver),
  field(
    'agent_id',
    "claude-mpm's identifier of the agent: lowercase letters, digits, `_` and `-`, starting with a letter. The skills registry and skill bindings use it.",
    str({ pattern: /^[a-z][a-z0-9_-]*$/, patternText: 'a lowercase letter, then lowercase letters, digits, `_` or `-`' }),
  ),
  field('agent_version', 'Version of the template, `MAJOR.MINOR.PATCH`; claude-mpm compares it to decide redeployment.', semver),
  field(
    'agent_type',
    `Agent type: ${MPM_AGENT_TYPES.map((t) => `\`${t}\``).join(', ')}. Picks the BASE instructions composed into the agent.`,
    str({ enum: MPM_AGENT_TYPES }),
  ),
  field('metadata', 'Name, description, category, tags, colour and dates.', obj(METADATA, ['name', 'description', 'tags'])),
  field('template_version', 'Template version, tracked apart from `agent_version`, `MAJOR.MINOR.PATCH`.', semver),
  field('template_changelog', 'Template version history.', {
    type: 'array',
    items: obj(
      [
        field('version', 'Template version, `MAJOR.MINOR.PATCH`.', semver),
        field('date', 'Release date, `YYYY-MM-DD`.', str({ pattern: /^\d{4}-\d{2}-\d{2}$/, patternText: 'YYYY-MM-DD' })),
        field('description', 'What changed.', str()),
      ],
      ['version', 'date', 'description'],
    ),
  }),
  field(
    'dependencies',
    'What the agent needs installed.',
    obj([
      field('python', 'pip packages, with optional version specifiers.', strings),
      field('system', 'Commands that must be on the PATH.', strings),
      field('optional', 'Whether the agent works without them.', { type: 'boolean' }),
    ]),
  ),
  field('capabilities', 'Model, tools and resources.', obj(CAPABILITIES, ['model', 'resource_tier'])),
  field(
    'instructions',
    "The agent's system prompt (10-8,000 characters), composed after the BASE instructions of its type.",
    str({ minLength: 10, maxLength: 8000 }),
  ),
  field(
    'knowledge',
    'Domain expertise, best practices, constraints and examples.',
    obj([
      field('domain_expertise', 'Areas of expertise.', strings),
      field('best_practices', 'Practices the agent follows.', strings),
      field('constraints', 'Operating constraints.', strings),
      field('examples', 'Example scenarios and approaches.', {
        type: 'array',
        items: obj([field('scenario', 'The situation.', str()), field('approach', 'How the agent handles it.', str())]),
      }),
    ]),
  ),
  field(
    'interactions',
    'Input and output formats, handoffs and triggers.',
    obj([
      field(
        'input_format',
        'What the agent expects.',
        obj([
          field('required_fields', 'Fields it needs.', strings),
          field('optional_fields', 'Fields it can use.', strings),
          field('supported_operations', 'Operations it supports.', strings),
        ]),
      ),
      field(
        'output_format',
        'What the agent returns.',
        obj([
          field('structure', '`markdown`, `json`, `structured` or `free-form`.', str({ enum: ['markdown', 'json', 'structured', 'free-form'] })),
          field('includes', 'What the output contains.', strings),
          field('example', 'An example output.', str()),
        ]),
      ),
      field('handoff_agents', 'Agents this one hands work to (their `agent_id`s).', strings),
      field('triggers', 'Conditions that activate the agent: a string, or a `{condition, action}` object.', {
        type: 'array',
        items: { type: 'oneOf', options: [str(), obj([field('condition', 'When.', str()), field('action', 'What then.', str())])] },
      }),
      field('protocols', 'Communication protocols the agent supports.', strings),
      field(
        'response_format',
        'Detailed response format.',
        obj([
          field('type', '`markdown`, `json`, `structured` or `mixed`.', str({ enum: ['markdown', 'json', 'structured', 'mixed'] })),
          field('template', 'Response template.', str()),
          field('required_sections', 'Sections every response has.', strings),
        ]),
      ),
    ]),
  ),
  field(
    'testing',
    'Test cases and benchmarks for the agent.',
    obj([
      field('test_cases', 'Inputs and the behaviour expected.', {
        type: 'array',
        items: obj(
          [
            field('name', 'Test name.', str()),
            field('input', 'The input.', str()),
            field('expected_behavior', 'What the agent should do.', str()),
            field('validation_criteria', 'How to judge it.', strings),
          ],
          ['input', 'expected_behavior'],
        ),
      }),
      field(
        'performance_benchmarks',
        'Targets: response time, token usage, success rate, validation accuracy.',
        obj([
          field('response_time', 'Response time target.', { type: 'integer' }),
          field('token_usage', 'Token usage target.', { type: 'integer' }),
          field('success_rate', 'Success rate target.', { type: 'number' }),
          field('validation_accuracy', 'Validation accuracy target.', { type: 'number' }),
        ]),
      ),
      field('integration_tests', 'Integration test scenarios.', strings),
    ]),
  ),
  field(
    'memory_routing',
    'Which memories the agent stores.',
    obj([
      field('description', 'What it remembers.', str()),
      field('categories', 'Memory categories.', strings),
      field('keywords', 'Routing keywords.', strings),
      field('retention_policy', '`permanent`, `session` or `temporary`.', str({ enum: ['permanent', 'session', 'temporary'] })),
    ]),
  ),
  field(
    'hooks',
    'claude-mpm hooks around execution.',
    obj([field('pre_execution', 'Hooks before the agent runs.', HOOK_LIST), field('post_execution', 'Hooks after it runs.', HOOK_LIST)]),
  ),
  // Not in the 1.3.0 schema: claude-mpm's skill manager reads it (v4.21.0 `skills/skill_manager.py`).
  {
    ...field(
      'skills',
      'Skills bound to the agent, by name. claude-mpm resolves them through its flat skill registry (`skills/bundled/<name>.md`, by file name).',
      strings,
    ),
    unchecked: true,
  },
];

/** Keys every template must have. */
export const MPM_TEMPLATE_REQUIRED: readonly string[] = [
  'schema_version',
  'agent_id',
  'agent_version',
  'agent_type',
  'metadata',
  'capabilities',
  'instructions',
];

/** The whole template as one shape, for the checker. */
export const MPM_TEMPLATE_SHAPE: TemplateShape = obj(MPM_TEMPLATE_FIELDS, MPM_TEMPLATE_REQUIRED);

/**
 * What claude-mpm's template builder (v4.21.0) maps `capabilities.model` to when deploying; any
 * other value becomes `sonnet`.
 */
export const MPM_DEPLOYED_MODELS: Readonly<Record<string, string>> = {
  'claude-3-5-sonnet-20241022': 'sonnet',
  'claude-3-5-haiku-20241022': 'haiku',
  'claude-3-opus-20240229': 'opus',
  'claude-3-5-sonnet': 'sonnet',
  'claude-3-sonnet': 'sonnet',
  'claude-3-haiku': 'haiku',
  'claude-3-opus': 'opus',
  sonnet: 'sonnet',
  haiku: 'haiku',
  opus: 'opus',
};
