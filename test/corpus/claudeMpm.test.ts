/**
 * claude-mpm v4.21.0 as it is in the shared corpus, read in place and linted through the CLI's
 * own host (layout detection included). claude-mpm's template schema file (reference data in the
 * corpus) is the oracle of `mpm-template-schema`: a real JSON Schema validator (ajv, draft-07, no
 * format checks, as claude-mpm's `jsonschema` validation) decides which templates it rejects and
 * where, and our findings must sit on exactly those values. Our checker never reads that file.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import Ajv, { type ErrorObject } from 'ajv';
import { lintFiles } from '../../server/src/cli/lint';
import { mergeConfig, parseJson, type Finding } from '../../server/src/core';
import { nodeAt, pathOf, type JsonNode, type JsonSegment } from '../../server/src/core/json/model';
import type { FileResult } from '../../server/src/cli/formatters/types';
import { templateSchemaProblems } from '../../server/src/core/mpm/templateSchema';
import { sharedPath } from '../support/shared';

const MPM = sharedPath('corpus', 'bobmatnyc__claude-mpm__v4.21.0');
const PACKAGE = MPM && join(MPM, 'src/claude_mpm');
const TEMPLATES = PACKAGE && join(PACKAGE, 'agents/templates');

/** A path as a string, for comparing sets: `metadata/tags/3`. */
const key = (path: readonly JsonSegment[]) => path.join('/');

/** claude-mpm's schema, compiled by ajv as claude-mpm's validator reads it (draft-07, formats unchecked). */
function compileOracle() {
  const schema = JSON.parse(readFileSync(join(PACKAGE!, 'schemas/agent_schema.json'), 'utf8'));
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}

/**
 * The instance paths of ajv's errors (an array's, for surplus or duplicate entries). Errors inside
 * a value that fits no branch of a `oneOf` say why each branch failed: the `oneOf` error on the
 * value itself stands for them.
 */
function ajvPaths(errors: readonly ErrorObject[] | null | undefined): Set<string> {
  const all = errors ?? [];
  const oneOf = all.filter((e) => e.keyword === 'oneOf').map((e) => `${e.instancePath}/`);
  return new Set(
    all.filter((e) => !oneOf.some((o) => e.instancePath.startsWith(o))).map((e) => e.instancePath.split('/').slice(1).map(decodeURIComponent).join('/')),
  );
}

/** Where ajv says each template fails: the instance paths (an array's, for duplicate entries). */
function oracle(): Map<string, Set<string>> {
  const validate = compileOracle();
  const out = new Map<string, Set<string>>();
  for (const file of readdirSync(TEMPLATES!)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(TEMPLATES!, file), 'utf8'));
    validate(data);
    out.set(file, ajvPaths(validate.errors));
  }
  return out;
}

/** The JSON path each finding sits on: the value at its start (a key stands for its value). */
function findingPath(text: string, finding: Finding, lines: string[]): string {
  const offset = lines.slice(0, finding.range.start.line).reduce((n, l) => n + l.length + 1, 0) + finding.range.start.character;
  const root = parseJson(text).root!;
  const hit = nodeAt(root, offset);
  const node: JsonNode | undefined = hit.onKey ? hit.property?.value : hit.node;
  return key(node ? pathOf(node) : []);
}

describe('claude-mpm v4.21.0 in the corpus', { skip: MPM ? false : 'shared corpus not present' }, () => {
  let results: FileResult[] = [];
  const byFile = (suffix: string) => results.find((r) => r.path.endsWith(suffix))?.findings ?? [];
  const all = (ruleId: string) => results.flatMap((r) => r.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ path: r.path, f })));

  it('is recognised as a claude-mpm project and linted without a rule failing', async () => {
    const logs: string[] = [];
    ({ results } = await lintFiles({ paths: [MPM!], config: mergeConfig(), root: MPM!, fix: false, log: (m) => logs.push(m) }));
    assert.deepEqual(logs, []);
    const templates = results.filter((r) => /agents\/templates\/[^/]+\.json$/.test(r.path));
    assert.equal(templates.length, 37, 'every JSON template is read');
    const counts = new Map<string, number>();
    for (const r of results) for (const f of r.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    console.log(
      `claude-mpm v4.21.0: ${[...counts]
        .sort()
        .map(([id, n]) => `${id}=${n}`)
        .join(' ')}`,
    );
  });

  it("puts a schema finding on exactly the values claude-mpm's own schema rejects (ajv as the oracle)", () => {
    const expected = oracle();
    const rejected = [...expected].filter(([, paths]) => paths.size > 0).map(([f]) => f);
    assert.equal(rejected.length, 21, "claude-mpm's schema accepts 16 of the 37 templates");
    const problems: string[] = [];
    for (const [file, paths] of expected) {
      const full = join(TEMPLATES!, file);
      const text = readFileSync(full, 'utf8');
      const lines = text.split('\n');
      const found = new Set(
        byFile(`agents/templates/${file}`)
          .filter((f) => f.ruleId === 'mpm-template-schema')
          .map((f) => findingPath(text, f, lines)),
      );
      // A finding on an array's surplus or duplicate entry answers an error on the array.
      const covered = (p: string, by: Set<string>) =>
        by.has(p) || [...by].some((q) => q !== '' && p.startsWith(`${q}/`) && /^\d+$/.test(p.slice(q.length + 1)));
      for (const p of paths) if (!found.has(p) && ![...found].some((f) => covered(f, new Set([p])))) problems.push(`${file}: no finding at ${p || '(root)'}`);
      for (const f of found) if (!covered(f, paths)) problems.push(`${file}: finding at ${f || '(root)'} that claude-mpm's schema accepts`);
    }
    assert.deepEqual(problems, []);
  });

  it("agrees with claude-mpm's schema on templates broken on purpose, one constraint at a time", () => {
    const validate = compileOracle();
    const base = JSON.parse(readFileSync(join(TEMPLATES!, 'engineer.json'), 'utf8'));
    assert.ok(validate(base), 'engineer.json is valid: the mutations start from a valid template');
    const mutations: Record<string, (t: Record<string, any>) => void> = {
      'schema_version pattern': (t) => (t['schema_version'] = '1.3'),
      'agent_id pattern': (t) => (t['agent_id'] = 'Engineer'),
      'agent_id type': (t) => (t['agent_id'] = 7),
      'agent_type enum': (t) => (t['agent_type'] = 'frontend'),
      'missing agent_version': (t) => delete t['agent_version'],
      'missing metadata.tags and capabilities.model': (t) => (delete t['metadata']['tags'], delete t['capabilities']['model']),
      'metadata type': (t) => (t['metadata'] = []),
      'name too short': (t) => (t['metadata']['name'] = 'QA'),
      'description too short': (t) => (t['metadata']['description'] = 'Too short'),
      'description of astral characters': (t) => (t['metadata']['description'] = '🙂'.repeat(251)),
      // Each length limit at its edge, both sides: one character more is the first rejected.
      'name and description at their limits': (t) => ((t['metadata']['name'] = 'n'.repeat(50)), (t['metadata']['description'] = 'd'.repeat(250))),
      'name and description one over': (t) => ((t['metadata']['name'] = 'n'.repeat(51)), (t['metadata']['description'] = 'd'.repeat(251))),
      'instructions at the limit': (t) => (t['instructions'] = 'i'.repeat(8000)),
      'instructions one over': (t) => (t['instructions'] = 'i'.repeat(8001)),
      'no tags': (t) => (t['metadata']['tags'] = []),
      'duplicate tags': (t) => (t['metadata']['tags'] = ['a', 'b', 'a']),
      'tag pattern': (t) => (t['metadata']['tags'] = ['ok', '2fast']),
      'colour enum': (t) => (t['metadata']['color'] = 'magenta'),
      'status enum': (t) => (t['metadata']['status'] = 'beta'),
      'metadata.version pattern': (t) => (t['metadata']['version'] = 'v1'),
      'model enum': (t) => (t['capabilities']['model'] = 'claude-opus-4'),
      'tools enum and duplicate': (t) => (t['capabilities']['tools'] = ['Read', 'Agent', 'Read']),
      'max_tokens too small, not whole': (t) => ((t['capabilities']['max_tokens'] = 999), (t['capabilities']['timeout'] = 30.5)),
      'temperature too high': (t) => (t['capabilities']['temperature'] = 1.5),
      'cpu limit type': (t) => (t['capabilities']['cpu_limit'] = '50'),
      'limits range': (t) => (t['capabilities']['limits'] = { memory_limit: 100, max_files_per_session: 0 }),
      'network_access type': (t) => (t['capabilities']['network_access'] = 'yes'),
      'tool_choice enum': (t) => (t['capabilities']['tool_choice'] = 'any'),
      'instructions too short': (t) => (t['instructions'] = 'Be good.'),
      'changelog entry': (t) => (t['template_changelog'] = [{ version: '1.0', date: '2025/01/01' }]),
      'trigger neither string nor object': (t) => (t['interactions'] = { triggers: ['on change', { condition: 'x' }, 42, { condition: 1 }] }),
      'output structure enum': (t) => (t['interactions'] = { output_format: { structure: 'yaml' } }),
      'test case lacks expected_behavior': (t) => (t['testing'] = { test_cases: [{ input: 'x' }], performance_benchmarks: { response_time: 1.5 } }),
      'retention enum': (t) => (t['memory_routing'] = { retention_policy: 'forever' }),
      'hooks entry type': (t) => (t['hooks'] = { pre_execution: [{ name: 1, enabled: 'yes' }] }),
      'skills entry type': (t) => (t['skills'] = ['tdd', 3]),
      'dependencies.optional type': (t) => (t['dependencies'] = { optional: 'no', python: 'pandas' }),
      'unknown keys are allowed': (t) => ((t['routing'] = { keywords: [] }), (t['metadata']['requirements'] = 1)),
    };
    const problems: string[] = [];
    for (const [name, mutate] of Object.entries(mutations)) {
      const data = structuredClone(base) as Record<string, any>;
      mutate(data);
      validate(data);
      const expected = ajvPaths(validate.errors);
      const text = JSON.stringify(data, null, 2);
      const found = templateSchemaProblems(parseJson(text).root!, text).map((p) => key(p.keyword === 'uniqueItems' ? p.path.slice(0, -1) : p.path));
      const actual = new Set(found);
      if ([...expected].sort().join(' ') !== [...actual].sort().join(' '))
        problems.push(`${name}: ajv ${[...expected].join(', ') || '(none)'}; ours ${[...actual].join(', ') || '(none)'}`);
    }
    assert.deepEqual(problems, []);
  });

  it('finds the Claude Code problems of the templates: colours and removed tools', () => {
    const colours = all('mpm-template-color-value')
      .map((x) => `${x.path.replace(/.*\//, '')}: ${/`(\w+)`/.exec(String(x.f.message))![1]}`)
      .sort();
    assert.deepEqual(colours, [
      'agent-manager.json: indigo',
      'memory_manager.json: indigo',
      'typescript_engineer.json: indigo',
      'vercel_ops_agent.json: black',
    ]);
    const tools = all('mpm-template-tool-removed');
    const names = new Set(tools.map((x) => /`(\w+)`/.exec(String(x.f.message))![1]));
    assert.deepEqual([...names].sort(), ['LS', 'MultiEdit']);
    const templates = new Set([...tools, ...all('mpm-template-color-value')].map((x) => x.path));
    assert.equal(templates.size, 31, 'the issue counted 31 templates with a bad colour or a removed tool');
  });

  it('reports the dangling espocrm-development binding of php_engineer, and no other binding', () => {
    const unbound = all('mpm-template-skill-unbound').map((x) => `${x.path.replace(/.*\//, '')}: ${x.f.message}`);
    assert.equal(unbound.length, 1, unbound.join('\n'));
    assert.match(unbound[0]!, /^php-engineer\.json: `espocrm-development` is not bound to `php_engineer`/);
  });

  it('indexes the 20 flat bundled skills as skills and reports none of them unknown', () => {
    const flat = readdirSync(join(PACKAGE!, 'skills/bundled')).filter((f) => f.endsWith('.md') && f !== 'LICENSE_ATTRIBUTIONS.md');
    assert.equal(flat.length, 20);
    for (const file of flat) {
      const findings = byFile(`skills/bundled/${file}`);
      assert.deepEqual(
        findings.filter((f) => /unknown/.test(f.ruleId)).map((f) => f.message),
        [],
        file,
      );
    }
    assert.deepEqual(all('agent-skill-unknown'), []);
  });

  it("checks claude-mpm's own rules on folder skills: required fields", () => {
    const missing = all('mpm-skill-required-field').map((x) =>
      relative(join(PACKAGE!, 'skills/bundled'), x.path.replace(/^.*src\/claude_mpm\/skills\/bundled\//, join(PACKAGE!, 'skills/bundled') + '/')),
    );
    assert.ok(missing.includes('main/mcp-builder/SKILL.md'), missing.join(', '));
    assert.ok(!missing.includes('debugging/systematic-debugging/SKILL.md'), 'it has every field');
  });
});

const NEWER = sharedPath('corpus', 'bobmatnyc__claude-mpm');

describe('claude-mpm of July 2026 (Markdown agents) in the corpus', { skip: NEWER ? false : 'shared corpus not present' }, () => {
  it('takes its PM instruction fragments for instructions, not agents, and knows its fields', async () => {
    const { results } = await lintFiles({ paths: [NEWER!], config: mergeConfig(), root: NEWER!, fix: false, log: () => {} });
    const missing = results.filter((r) => r.findings.some((f) => f.ruleId === 'agent-frontmatter-missing')).map((r) => r.path);
    assert.deepEqual(missing, [], 'BASE_*.md, PM_INSTRUCTIONS.md, WORKFLOW.md and the templates/*.md examples are not agents');
    // Each rule names its keys in backticks (a hint may list several).
    const keysOf = (ruleId: string) =>
      results.flatMap((r) => r.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => [...String(f.message).matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
    const documented: Record<string, string[]> = {
      'agent-unknown-field': ['agent_id', 'schema_version', 'resource_tier', 'version', 'category', 'author', 'tags', 'capabilities', 'dependencies'],
      'skill-unknown-field': ['version', 'category', 'progressive_disclosure', 'tags', 'author'],
      'command-unknown-field': ['namespace', 'command', 'aliases', 'migration_target', 'category', 'deprecated', 'replacement'],
    };
    for (const [ruleId, keys] of Object.entries(documented)) {
      const reported = keysOf(ruleId);
      for (const key of keys) assert.ok(!reported.includes(key), `${ruleId} reports ${key}, one of claude-mpm's documented fields`);
    }
  });
});
