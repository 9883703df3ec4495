// npm run spec:check: reads the pinned Claude Code binary's own lists (extract.mjs) and prints how
// they differ from this project's spec data (server/src/core/spec/lists.ts, compiled to out/).
// A difference that server/src/core/spec/reviewedDifferences.ts does not hold fails the check, and
// so does a reviewed difference that no longer exists (the list must stay true).
//
//   node scripts/spec/check.mjs [--json] [--binary PATH] [--no-cache]
//
// The pinned version is CLAUDE_CODE_VERSION in scripts/editor/provision.mjs; ensureClaudeCode()
// installs it from npm on first use. Extraction results are cached next to the binary, keyed by
// the binary and by this folder's code, so a second run takes a fraction of a second.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE, CLAUDE_CODE_VERSION, ensureClaudeCode, REPO } from '../editor/provision.mjs';
import { readBunModules } from './bun-graph.mjs';
import { Bundle, extractAll } from './extract.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The binary's lists, flattened to the ids and shapes of the project's (lists.ts). */
export function binaryLists(x) {
  const names = (entries) => entries.map((e) => e.name);
  const stripSuffix = (a) => x.models.suffixes.reduce((v, s) => (v.endsWith(s) ? v.slice(0, -s.length) : v), a);
  return {
    'agent.fields': names(x['agent.fields']),
    'skill.fields': names(x['skill.fields']),
    'skill.context': x['skill.context'],
    'agent.color': x['agent.color'],
    'agent.permissionMode': x['agent.permissionMode'],
    'agent.permissionModeAliases': x['agent.permissionModeAliases'],
    'agent.memory': x['agent.memory'],
    'agent.isolation': x['agent.isolation'],
    'agent.effort': x['agent.effort'],
    'pluginAgent.ignoredFields': x['pluginAgent.ignoredFields'],
    'pluginAgent.extraFields': x['pluginAgent.extraFields'],
    'pluginAgent.isolation': x['pluginAgent.isolation'],
    'pluginAgent.memory': x['pluginAgent.memory'],
    'tools.known': [...new Set([...x['tools.builtIn'], ...x['tools.defined'].names])],
    'tools.legacyNames': { ...x['tools.legacyNames'].always, ...x['tools.legacyNames'].conditional },
    'tools.retired': x['tools.retired'],
    'tools.subagents.all': x['tools.subagents'].all,
    'tools.subagents.custom': x['tools.subagents'].custom,
    'tools.subagents.asyncAllowed': x['tools.subagents'].asyncAllowed,
    'tools.nativeSearch.dropped': x['tools.nativeSearch'].dropped,
    'tools.nativeSearch.restoredWithoutBash': x['tools.nativeSearch'].restoredWithoutBash,
    'hooks.events': x.hooks.events,
    'hooks.types': Object.fromEntries(Object.entries(x.hooks.types).map(([t, keys]) => [t, [...keys].sort().join(', ')])),
    'plugin.manifest': x['plugin.manifest'].keys,
    'plugin.manifestEntryOnly': x['plugin.manifest'].entryOnly,
    'plugin.marketplace': x['plugin.marketplace'].keys,
    'plugin.marketplaceMetadata': x['plugin.marketplace'].metadata,
    'plugin.marketplaceEntry': x['plugin.marketplace'].entries,
    'models.aliases': [...new Set([...x.models.aliases.map(stripSuffix), ...x.models.keywords])],
    'models.suffixes': x.models.suffixes,
    'models.ids': x.models.ids,
    'placeholders.forms': x.placeholders.forms,
    'placeholders.indexBase': [String(x.placeholders.indexBase)],
  };
}

/** A list's members as comparable strings: names, or `key=value` for a map. */
function members(value) {
  return Array.isArray(value) ? value.map(String) : Object.entries(value).map(([k, v]) => `${k}=${v}`);
}

/**
 * The differences between the binary's lists and the project's, each marked reviewed or not, and
 * the reviewed differences that no longer occur.
 */
export function compare(binary, project, reviewed, pinned) {
  const differences = [];
  for (const id of new Set([...Object.keys(binary), ...Object.keys(project)])) {
    const b = binary[id];
    const p = project[id];
    if (!b || !p) {
      differences.push({ list: id, name: '(whole list)', only: b ? 'binary' : 'project' });
      continue;
    }
    if (p.checkedAgainst !== pinned) differences.push({ list: id, name: `checked against ${p.checkedAgainst}`, only: 'project' });
    const bs = new Set(members(b));
    const ps = new Set(members(p.values));
    for (const n of bs) if (!ps.has(n)) differences.push({ list: id, name: n, only: 'binary' });
    for (const n of ps) if (!bs.has(n)) differences.push({ list: id, name: n, only: 'project' });
  }
  const key = (d) => `${d.list}\0${d.name}\0${d.only}`;
  const reasons = new Map(reviewed.map((r) => [key(r), r.reason]));
  for (const d of differences) {
    const reason = reasons.get(key(d));
    if (reason !== undefined) d.reason = reason;
  }
  const found = new Set(differences.map(key));
  const stale = reviewed.filter((r) => !found.has(key(r)));
  return { differences, unreviewed: differences.filter((d) => d.reason === undefined), stale };
}

function codeHash() {
  const h = createHash('sha256');
  for (const f of ['bun-graph.mjs', 'bundle.mjs', 'extract.mjs', 'check.mjs']) h.update(readFileSync(join(HERE, f)));
  return h.digest('hex').slice(0, 16);
}

/** The binary's extracted lists, from the cache when the binary and the extractor are unchanged. */
export function extractFromBinary(binary, { cache = true } = {}) {
  const st = statSync(binary);
  const key = `${st.size}-${Math.round(st.mtimeMs)}-${codeHash()}`;
  const dir = join(CACHE, 'spec-check');
  const prefix = `${createHash('sha256').update(resolve(binary)).digest('hex').slice(0, 12)}-`;
  const cacheFile = join(dir, `${prefix}${key}.json`);
  if (cache && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8'));
  const extracted = extractAll(new Bundle(readBunModules(binary)));
  mkdirSync(dir, { recursive: true });
  // One cached result per binary: an older extractor's result is no longer wanted.
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) rmSync(join(dir, f), { force: true });
  writeFileSync(cacheFile, JSON.stringify(extracted));
  return extracted;
}

function loadProject() {
  const out = join(REPO, 'out', 'server', 'src', 'core', 'spec');
  if (!existsSync(join(out, 'lists.js'))) throw new Error(`${out}/lists.js is missing: run \`npx tsc -b\` (npm run spec:check does)`);
  return { lists: require(join(out, 'lists.js')).projectSpecLists(), reviewed: require(join(out, 'reviewedDifferences.js')).REVIEWED_DIFFERENCES };
}

/** Runs the whole check and returns its report (nothing printed). */
export function specCheck({ binary, cache = true } = {}) {
  const path = binary ?? ensureClaudeCode();
  const extracted = extractFromBinary(path, { cache });
  const project = loadProject();
  const result = compare(binaryLists(extracted), project.lists, project.reviewed, CLAUDE_CODE_VERSION);
  return { version: CLAUDE_CODE_VERSION, binary: path, lists: Object.keys(project.lists).length, extracted, ...result };
}

function print(report) {
  const out = [];
  const reviewed = report.differences.length - report.unreviewed.length;
  out.push(
    `Claude Code ${report.version}: ${report.lists} lists compared, ${report.differences.length} differences (${reviewed} reviewed), ` +
      `${report.unreviewed.length} unreviewed, ${report.stale.length} stale reviews.`,
  );
  const byList = new Map();
  for (const d of report.differences) byList.set(d.list, [...(byList.get(d.list) ?? []), d]);
  for (const [list, ds] of [...byList].sort()) {
    out.push(`\n${list}`);
    for (const d of ds) {
      const side = d.only === 'binary' ? 'only in Claude Code' : 'only in agent-docs';
      out.push(`  ${d.reason === undefined ? 'UNREVIEWED' : 'reviewed  '} ${side}: ${d.name}${d.reason ? `\n               ${d.reason}` : ''}`);
    }
  }
  if (report.stale.length) {
    out.push('\nReviewed differences that no longer occur (remove them from reviewedDifferences.ts):');
    for (const r of report.stale) out.push(`  ${r.list}: ${r.name} (${r.only})`);
  }
  if (report.unreviewed.length) out.push('\nUpdate the spec data (server/src/core/spec/), or add a reviewed difference with its reason.');
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--binary');
  const report = specCheck({ ...(at >= 0 ? { binary: args[at + 1] } : {}), cache: !args.includes('--no-cache') });
  if (args.includes('--json')) {
    // The extracted lists themselves only with --lists: they are long.
    const shown = args.includes('--lists') ? report : { ...report, extracted: undefined };
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else print(report);
  process.exit(report.unreviewed.length || report.stale.length ? 1 : 0);
}
