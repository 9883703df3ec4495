// Writes the generated JSON: schemas/agent-docs.config.schema.json and the per-rule properties of
// the `agentDocs.rules` setting in package.json, both from the rule registry; the schemas of Claude
// Code's plugin files (schemas/claude-*.schema.json) from the spec data, and their `jsonValidation`. `npm run build` runs
// it after `tsc -b`; a unit test fails while either committed file is stale. Files are written only
// when their content changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../out/server/src/core/index.js');

const written = [];
function update(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  written.push(path);
}

update(core.CONFIG_SCHEMA_PATH, JSON.stringify(core.configSchema(core.ALL_RULE_META), null, 2) + '\n');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties['agentDocs.rules'].properties = core.ruleSeverityProperties(core.ALL_RULE_META);
// The per-kind globs setting, from the default configuration's kinds.
pkg.contributes.configuration.properties['agentDocs.documents'] = core.documentsSetting();
for (const { path, schema } of core.PLUGIN_SCHEMAS) update(path, JSON.stringify(schema, null, 2) + '\n');
pkg.contributes.jsonValidation = [
  ...pkg.contributes.jsonValidation.filter((v) => !core.PLUGIN_SCHEMAS.some((s) => v.url === `./${s.path}`)),
  ...core.PLUGIN_SCHEMAS.map((s) => ({ fileMatch: [...s.fileMatch], url: `./${s.path}` })),
];
update('package.json', JSON.stringify(pkg, null, 2) + '\n');
if (written.length) console.log(`generate-schema: updated ${written.join(', ')} from ${core.ALL_RULE_META.length} rules`);
