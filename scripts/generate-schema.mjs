// Writes the generated JSON: schemas/agent-docs.config.schema.json and the per-rule properties of
// the `agentDocs.rules` setting in package.json, both from the rule registry. Run after adding a
// rule: `npm run generate:schema` (a unit test fails while either is stale).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../out/server/src/core/index.js');

const schemaText = JSON.stringify(core.configSchema(core.ALL_RULE_META), null, 2) + '\n';
mkdirSync(dirname(core.CONFIG_SCHEMA_PATH), { recursive: true });
writeFileSync(core.CONFIG_SCHEMA_PATH, schemaText);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties['agentDocs.rules'].properties = core.ruleSeverityProperties(core.ALL_RULE_META);
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
console.log(`wrote ${core.CONFIG_SCHEMA_PATH} and agentDocs.rules in package.json (${core.ALL_RULE_META.length} rules)`);
