import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  ALL_RULE_META,
  CONFIG_SCHEMA_PATH,
  configSchema,
  documentsSetting,
  DEFAULT_CONFIG,
  readLayer,
  RULE_IDS,
  ruleSeverityProperties,
  SEVERITIES,
  mergeConfig,
  type AgentDocsConfig,
  type ConfigLayer,
  type JsonSchema,
} from '../../../server/src/core';

const ROOT = join(__dirname, '../../../..');
const STALE = 'stale: run `npm run build` (or `npm run generate:schema`) and commit the result';

const committedSchema = (): JsonSchema => JSON.parse(readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8'));
const packageJson = () => JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const props = (schema: JsonSchema, key: string) => (schema['properties'] as Record<string, JsonSchema>)[key]!;

describe('config schema', () => {
  it('the committed schema is what the registry generates', () => {
    assert.deepEqual(committedSchema(), configSchema(ALL_RULE_META), STALE);
  });

  it('the agentDocs.rules setting lists what the registry generates', () => {
    const setting = packageJson().contributes.configuration.properties['agentDocs.rules'];
    assert.deepEqual(setting.properties, ruleSeverityProperties(ALL_RULE_META), STALE);
  });

  it('the agentDocs.documents setting lists every document kind of the defaults', () => {
    assert.deepEqual(packageJson().contributes.configuration.properties['agentDocs.documents'], documentsSetting(), STALE);
  });

  it('lists every rule id with every severity, including off', () => {
    const rules = props(configSchema(ALL_RULE_META), 'rules')['properties'] as Record<string, JsonSchema>;
    assert.deepEqual(Object.keys(rules).sort(), [...RULE_IDS].sort());
    for (const rule of ALL_RULE_META) {
      assert.deepEqual(rules[rule.id]!['enum'], [...SEVERITIES]);
      assert.ok(String(rules[rule.id]!['markdownDescription']).includes(`default: \`${rule.severity}\``));
    }
  });

  it('describes exactly the options the config reader accepts, with the built-in defaults', () => {
    const schema = configSchema(ALL_RULE_META);
    const keys = Object.keys(schema['properties'] as object).filter((k) => k !== '$schema');
    assert.deepEqual(keys.sort(), Object.keys(DEFAULT_CONFIG).sort());
    const problems: string[] = [];
    readLayer(structuredClone(DEFAULT_CONFIG) as unknown as Record<string, unknown>, RULE_IDS, problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(props(schema, 'maxFileSize')['default'], DEFAULT_CONFIG.maxFileSize);
    const documents = props(schema, 'documents')['properties'] as Record<string, JsonSchema>;
    assert.deepEqual(Object.keys(documents).sort(), Object.keys(DEFAULT_CONFIG.documents).sort());
    assert.deepEqual(documents['agent']!['default'], DEFAULT_CONFIG.documents.agent);
  });

  it('is contributed for the config file names through jsonValidation', () => {
    const validation = packageJson().contributes.jsonValidation as { fileMatch: string[]; url: string }[];
    assert.ok(validation.some((v) => v.url === `./${CONFIG_SCHEMA_PATH}` && v.fileMatch.includes('agent-docs.config.json')));
  });
});

describe('VS Code settings', () => {
  const settings = (): Record<string, JsonSchema> => packageJson().contributes.configuration.properties;

  it('contributes every option of the config file as a setting, with a description', () => {
    // An option that is an object of fixed fields (`skills`) is contributed field by field.
    const expected = Object.entries(DEFAULT_CONFIG).flatMap(([key, value]) =>
      key !== 'rules' && key !== 'documents' && value && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value).map((field) => `agentDocs.${key}.${field}`)
        : [`agentDocs.${key}`],
    );
    const docs = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
    for (const key of [...expected, 'agentDocs.trace.server']) {
      const s = settings()[key];
      assert.ok(s, `missing setting ${key}`);
      assert.ok(String(s['markdownDescription'] ?? s['description'] ?? '').length > 20, `${key} needs a description`);
      assert.ok(docs.includes(`\`${key}\``), `docs/configuration.md does not list ${key}`);
    }
  });

  it('has no defaults that would override the config file', () => {
    const options = Object.keys(DEFAULT_CONFIG);
    for (const [key, s] of Object.entries(settings())) {
      // Client-only settings (trace, the Tasks view) never reach the core configuration.
      if (!options.includes(key.split('.')[1]!)) continue;
      const d = s['default'];
      assert.ok(d === null || (typeof d === 'object' && Object.keys(d as object).length === 0), `${key} defaults to ${JSON.stringify(d)}`);
    }
  });
});

describe('configuration layers', () => {
  /** A value other than the default for every option: a new option fails to compile until it has one. */
  const SAMPLE: { [K in keyof AgentDocsConfig]: ConfigLayer[K] } = {
    rules: { 'yaml-syntax': 'off' },
    documents: { agent: ['prompts/*.md'] },
    ignore: ['vendor/**'],
    skills: { target: 'agent-skills' },
    maxFileSize: 1000,
    followSymlinks: true,
    framework: 'claude-mpm',
    skillFolders: ['file:///skills/'],
  };

  it('every option written in a layer reaches the merged configuration', () => {
    for (const key of Object.keys(DEFAULT_CONFIG) as (keyof AgentDocsConfig)[]) {
      const merged = mergeConfig({ [key]: SAMPLE[key] } as ConfigLayer);
      assert.notDeepEqual(merged[key], DEFAULT_CONFIG[key], `mergeConfig drops \`${key}\``);
      const problems: string[] = [];
      const layer = readLayer({ [key]: SAMPLE[key] }, RULE_IDS, problems);
      assert.deepEqual(problems, [], `readLayer rejects \`${key}\``);
      assert.deepEqual(layer[key], SAMPLE[key], `readLayer drops \`${key}\``);
    }
  });
});
