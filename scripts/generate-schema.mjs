// Writes the generated JSON: schemas/agent-docs.config.schema.json and the per-rule properties of
// the `agentDocs.rules` setting in package.json, both from the rule registry. `npm run build` runs
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
update('package.json', JSON.stringify(pkg, null, 2) + '\n');
if (written.length) console.log(`generate-schema: updated ${written.join(', ')} from ${core.ALL_RULE_META.length} rules`);
