import type { RuleMeta } from '../rules/types';
import { DEFAULT_CONFIG, type DocumentGlobKind } from './config';
import { SEVERITIES } from './parseConfig';
import { FRAMEWORK_SETTINGS } from '../framework/detect';

/** A JSON Schema (draft-07) node; only what the generated schemas use. */
export type JsonSchema = { [key: string]: unknown };

/** Where the file lives in the package, relative to its root; package.json `jsonValidation` points here. */
export const CONFIG_SCHEMA_PATH = 'schemas/agent-docs.config.schema.json';

const SEVERITY_DESCRIPTIONS: Record<(typeof SEVERITIES)[number], string> = {
  error: 'Report as an error.',
  warning: 'Report as a warning.',
  information: 'Report as information.',
  hint: 'Report as a hint (shown faintly in editors).',
  off: 'Do not run this rule.',
};

const KIND_DESCRIPTIONS: Record<DocumentGlobKind, string> = {
  agent: 'Claude Code subagent files.',
  skill: 'Agent Skills (`SKILL.md`).',
  command: 'Slash command files.',
  task: 'Task plan documents (epics, stories, tasks).',
};

/**
 * The `agentDocs.documents` setting of package.json, from the same kinds and wording as the config
 * file's `documents` (scripts/generate-schema.mjs writes it; a unit test fails when it is stale).
 */
export function documentsSetting(): JsonSchema {
  const kinds = Object.keys(DEFAULT_CONFIG.documents) as DocumentGlobKind[];
  const properties: JsonSchema = {};
  for (const kind of kinds) properties[kind] = { type: 'array', items: { type: 'string' }, markdownDescription: KIND_DESCRIPTIONS[kind] };
  return {
    type: 'object',
    default: {},
    markdownDescription: `Workspace-relative globs per document kind (${kinds.map((k) => `\`${k}\``).join(', ')}); a leading \`!\` excludes. A kind listed here replaces its default globs and the config file's.`,
    properties,
    additionalProperties: false,
  };
}

/** The `framework` option, shared with the `agentDocs.framework` setting's wording. */
const FRAMEWORK_PROPERTY: JsonSchema = {
  enum: [...FRAMEWORK_SETTINGS],
  enumDescriptions: [
    'Recognise claude-mpm projects by their layout (a `.claude-mpm/` folder, the `claude_mpm` package, JSON agent templates under `agents/templates/`); Claude Code elsewhere.',
    'Read every file as plain Claude Code.',
    'Read every file as part of a claude-mpm project: its agent, skill and command fields, flat skills, JSON agent templates and skills registry.',
  ],
  default: DEFAULT_CONFIG.framework,
  markdownDescription: 'The agent framework the files belong to (see docs/claude-mpm.md).',
};

const SKILL_FOLDERS_PROPERTY: JsonSchema = {
  type: 'array',
  items: { type: 'string' },
  default: DEFAULT_CONFIG.skillFolders,
  markdownDescription:
    "More folders where skills live, such as a companion skills repository: relative to this file, or absolute. Their skills are indexed so that agents' `skills:` entries resolve; they are not linted.",
};

/**
 * One property per rule id, whose value is a severity or `off`. Used by the config file schema and
 * by the `agentDocs.rules` setting, so both list exactly the rules of the registry.
 */
export function ruleSeverityProperties(rules: readonly RuleMeta[]): JsonSchema {
  const properties: JsonSchema = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    properties[rule.id] = {
      enum: [...SEVERITIES],
      enumDescriptions: SEVERITIES.map((s) => SEVERITY_DESCRIPTIONS[s]),
      markdownDescription: `${rule.description} (default: \`${rule.severity}\`)`,
    };
  }
  return properties;
}

/** The JSON Schema of `agent-docs.config.json`, generated from the rule registry and the defaults. */
export function configSchema(rules: readonly RuleMeta[]): JsonSchema {
  const documents: JsonSchema = {};
  for (const [kind, globs] of Object.entries(DEFAULT_CONFIG.documents) as [DocumentGlobKind, string[]][]) {
    documents[kind] = {
      type: 'array',
      items: { type: 'string' },
      default: globs,
      markdownDescription: `${KIND_DESCRIPTIONS[kind]} Workspace-relative globs; a leading \`!\` excludes. Replaces the default list.`,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'agent-docs configuration',
    description: 'Workspace configuration for agent-docs (agent-docs.config.json). Editor settings override it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        markdownDescription: 'Severity per rule id; `off` disables a rule.',
        properties: ruleSeverityProperties(rules),
        additionalProperties: false,
      },
      documents: {
        type: 'object',
        markdownDescription: 'Which files are which kind of document. A file takes the first kind that matches, in the order skill, command, task, agent.',
        properties: documents,
        additionalProperties: false,
      },
      ignore: {
        type: 'array',
        items: { type: 'string' },
        default: DEFAULT_CONFIG.ignore,
        markdownDescription: 'Globs of files never read. Replaces the default list.',
      },
      skills: {
        type: 'object',
        properties: {
          target: {
            enum: ['claude-code', 'agent-skills'],
            enumDescriptions: [
              'Check skills against what Claude Code accepts.',
              'Check skills against the portable Agent Skills specification (claude.ai upload): stricter names and fields.',
            ],
            default: DEFAULT_CONFIG.skills.target,
            markdownDescription: 'Which consumer skills are checked for.',
          },
        },
        additionalProperties: false,
      },
      maxFileSize: {
        type: 'number',
        exclusiveMinimum: 0,
        default: DEFAULT_CONFIG.maxFileSize,
        markdownDescription: 'Files larger than this many bytes are skipped (reported by `file-too-large`).',
      },
      followSymlinks: {
        type: 'boolean',
        default: DEFAULT_CONFIG.followSymlinks,
        markdownDescription: 'Whether to follow symbolic links that leave the workspace.',
      },
      framework: FRAMEWORK_PROPERTY,
      skillFolders: SKILL_FOLDERS_PROPERTY,
    },
  };
}
