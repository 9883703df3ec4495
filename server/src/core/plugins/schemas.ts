import type { JsonSchema } from '../config/schema';
import { MPM_TEMPLATE_SCHEMA_FILE } from '../mpm/templateJsonSchema';
import { HOOK_EVENTS, HOOK_MATCHER_EVENTS } from '../spec/hooks';
import {
  HOOK_TYPES,
  MARKETPLACE_FIELDS,
  MARKETPLACE_PLUGIN_FIELDS,
  MCP_SERVER_FIELDS,
  MCP_SERVER_TYPES,
  PLUGIN_MANIFEST_FIELDS,
  PLUGIN_SPEC_SOURCE,
  type JsonFieldSpec,
} from '../spec/plugins';

/**
 * JSON schemas for Claude Code's plugin files, contributed to VS Code through `jsonValidation` so
 * its JSON support completes and explains keys and values. They describe and suggest but never
 * constrain (no `type`, `enum` or `required`): the language server reports what is wrong, with
 * Claude Code's consequence, so the editor does not say it twice in two voices.
 */
export interface PluginSchema {
  /** Where the file lives in the package, relative to its root. */
  readonly path: string;
  /** VS Code `fileMatch` patterns. */
  readonly fileMatch: readonly string[];
  readonly schema: JsonSchema;
}

const describe = (doc: string): JsonSchema => ({ description: doc.replace(/`/g, ''), markdownDescription: doc });

function fieldSchema(field: JsonFieldSpec): JsonSchema {
  const shape = field.shape;
  const out: JsonSchema = describe(field.doc);
  if (shape.type === 'object') out['properties'] = properties(shape.fields);
  if (shape.type === 'boolean') out['examples'] = [true, false];
  if (shape.type === 'paths') out['defaultSnippets'] = [{ label: 'path', body: './$1' }];
  return out;
}

function properties(fields: readonly JsonFieldSpec[]): JsonSchema {
  return Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)]));
}

/** Short descriptions of the events people use most; the others say when they exist since. */
const EVENT_DOCS: Readonly<Record<string, string>> = {
  PreToolUse: 'Before a tool runs. Can allow, deny or ask; `matcher` filters by tool name (`Bash`, `Edit|Write`, `mcp__.*`).',
  PostToolUse: 'After a tool succeeds. `matcher` filters by tool name.',
  PostToolUseFailure: 'After a tool fails. `matcher` filters by tool name.',
  PermissionRequest: 'When a permission dialog would be shown. Can allow or deny; `matcher` filters by tool name.',
  Notification: 'When Claude Code sends a notification (waiting for input, permission needed).',
  UserPromptSubmit: 'When the user submits a prompt, before Claude sees it. Can add context or block it.',
  Stop: 'When the main agent finishes responding. Can make it continue.',
  SubagentStart: 'When a subagent starts. `matcher` filters by agent type.',
  SubagentStop: 'When a subagent finishes. `matcher` filters by agent type.',
  PreCompact: 'Before the conversation is compacted. `matcher`: `manual` or `auto`.',
  PostCompact: 'After the conversation is compacted.',
  SessionStart: 'When a session starts or resumes. `matcher`: `startup`, `resume`, `clear` or `compact`.',
  SessionEnd: 'When a session ends.',
};

const ENTRY_SNIPPET = { label: 'command hook', body: { type: 'command', command: '"\\${CLAUDE_PLUGIN_ROOT}/hooks/$1"' } };
const GROUP_SNIPPET = { label: 'matcher group', body: [{ matcher: '$1', hooks: [{ type: 'command', command: '"\\${CLAUDE_PLUGIN_ROOT}/hooks/$2"' }] }] };

function hookEntrySchema(): JsonSchema {
  const fields = new Map<string, JsonFieldSpec>();
  for (const t of HOOK_TYPES) for (const f of t.fields) if (!fields.has(f.name)) fields.set(f.name, f);
  return {
    ...describe("A hook: its `type` and that type's fields."),
    properties: {
      type: { ...describe(`What the hook does: ${HOOK_TYPES.map((t) => `\`${t.type}\` (${t.doc})`).join('; ')}`), examples: HOOK_TYPES.map((t) => t.type) },
      ...properties([...fields.values()]),
    },
    defaultSnippets: [ENTRY_SNIPPET],
  };
}

/** The events map: one property per hook event, each an array of matcher groups. */
export function hookEventsSchema(): JsonSchema {
  const group: JsonSchema = {
    ...describe('A matcher group: which occurrences of the event (`matcher`) run which hooks.'),
    properties: {
      matcher: describe(
        'Which occurrences run these hooks: a tool name, names joined by `|`, or a regular expression. Empty or absent: all. Only some events use it.',
      ),
      hooks: { ...describe('The hooks to run, in order.'), items: hookEntrySchema() },
    },
  };
  return {
    ...describe('Hook event names, each with an array of matcher groups.'),
    properties: Object.fromEntries(
      HOOK_EVENTS.map((event) => {
        const doc = EVENT_DOCS[event] ?? `The \`${event}\` hook event${HOOK_MATCHER_EVENTS.includes(event) ? ' (filtered by `matcher`)' : ''}.`;
        return [event, { ...describe(doc), items: group, defaultSnippets: [GROUP_SNIPPET] }];
      }),
    ),
  };
}

function mcpServersSchema(): JsonSchema {
  const server: JsonSchema = {
    ...describe('An MCP server: `command` (and `args`, `env`) for stdio, `url` for http, sse and ws.'),
    properties: {
      ...properties(MCP_SERVER_FIELDS),
      type: { ...describe(MCP_SERVER_FIELDS.find((f) => f.name === 'type')!.doc), examples: MCP_SERVER_TYPES.filter((t) => t !== 'sdk') },
    },
    defaultSnippets: [
      { label: 'stdio server', body: { command: '$1', args: [] } },
      { label: 'http server', body: { type: 'http', url: 'https://$1' } },
    ],
  };
  return { ...describe('MCP servers by name.'), additionalProperties: server };
}

const header = (title: string): JsonSchema => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  title,
  $comment: `Generated by agent-docs from its spec data (${PLUGIN_SPEC_SOURCE}). Describes and suggests only: agent-docs reports the problems.`,
});

export const PLUGIN_SCHEMAS: readonly PluginSchema[] = [
  {
    path: 'schemas/claude-plugin.schema.json',
    fileMatch: ['**/.claude-plugin/plugin.json'],
    schema: {
      ...header('Claude Code plugin manifest'),
      properties: {
        ...properties(PLUGIN_MANIFEST_FIELDS),
        hooks: { ...fieldSchema(PLUGIN_MANIFEST_FIELDS.find((f) => f.name === 'hooks')!), properties: hookEventsSchema()['properties'] },
        mcpServers: {
          ...fieldSchema(PLUGIN_MANIFEST_FIELDS.find((f) => f.name === 'mcpServers')!),
          additionalProperties: mcpServersSchema()['additionalProperties'],
        },
      },
    },
  },
  {
    path: 'schemas/claude-marketplace.schema.json',
    fileMatch: ['**/.claude-plugin/marketplace.json'],
    schema: {
      ...header('Claude Code plugin marketplace'),
      properties: {
        ...properties(MARKETPLACE_FIELDS),
        plugins: {
          ...fieldSchema(MARKETPLACE_FIELDS.find((f) => f.name === 'plugins')!),
          items: { ...describe('A plugin on offer.'), properties: properties(MARKETPLACE_PLUGIN_FIELDS) },
        },
      },
    },
  },
  {
    path: 'schemas/claude-hooks.schema.json',
    fileMatch: ['**/hooks/hooks.json'],
    schema: {
      ...header('Claude Code plugin hooks'),
      properties: {
        description: describe('What these hooks are for (shown in `/hooks`).'),
        hooks: hookEventsSchema(),
      },
    },
  },
  {
    path: 'schemas/claude-mcp.schema.json',
    fileMatch: ['**/.mcp.json'],
    schema: {
      ...header('Claude Code MCP servers (.mcp.json)'),
      properties: { mcpServers: mcpServersSchema() },
    },
  },
  // claude-mpm's JSON agent templates: generated from its own spec data (mpm/templateJsonSchema.ts).
  MPM_TEMPLATE_SCHEMA_FILE,
];
