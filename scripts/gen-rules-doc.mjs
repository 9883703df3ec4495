// Writes docs/rules.md from the compiled rule registry: `npm run build && node scripts/gen-rules-doc.mjs`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ALL_RULE_META } = require('../out/server/src/core/rules/registry.js');
const { renderRulesDoc } = require('../out/server/src/core/rules/docsPage.js');
writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(ALL_RULE_META));
console.log(`docs/rules.md: ${ALL_RULE_META.length} rules`);
