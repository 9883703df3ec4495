// The lists Claude Code's own code holds, read out of its bundle (see bundle.mjs for how).
//
// Each extractor names its anchor: text a person reads (a log message, an option name, a property
// key of a public object) plus the shape of the code around it. An anchor that is missing,
// ambiguous or no longer leads to a constant list throws a SpecAnchorError: `npm run spec:check`
// then fails with that message, and the extractor needs a look against the new release. No
// extractor ever answers with an empty list.
import { Bundle, SpecAnchorError, returnedExpression, walk } from './bundle.mjs';

export { SpecAnchorError };

function stringList(value, what) {
  const list = value instanceof Set ? [...value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string')) {
    throw new SpecAnchorError(`${what}: expected a non-empty list of strings, found ${JSON.stringify(list)?.slice(0, 200)}`);
  }
  return list;
}

function keyList(keys, what) {
  const list = [...keys.keys()];
  if (list.length === 0) throw new SpecAnchorError(`${what}: the schema has no keys`);
  return list;
}

const isInternal = (info) => /^@internal\b/.test(info.describe ?? '');

const modulesWith = (bundle, ...texts) => bundle.modulesWith(...texts);

/**
 * The identifier captured by `anchorRe` (group 1), resolved to a list of strings. `texts` narrow
 * the search to modules holding them.
 */
function listNear(bundle, anchorRe, what, ...texts) {
  const hit = bundle.findOne(anchorRe, what, texts.length ? modulesWith(bundle, ...texts) : undefined);
  return stringList(bundle.valueOf(hit.module, hit.match[1], what, hit.index), what);
}

// ---------------------------------------------------------------------------------------------
// Frontmatter fields. Anchor: the table of strict frontmatter schemas keyed `skill`, `agent`,
// `output-style` that Claude Code checks each loaded file against (its unknown-key report).

function frontmatterSchemas(bundle) {
  const what = 'frontmatter schemas ({skill, agent, "output-style"})';
  const found = [];
  for (const h of bundle.find(/\{skill:/, modulesWith(bundle, '"output-style"'))) {
    let node;
    try {
      node = bundle.expressionAt(h.module, h.index);
    } catch {
      continue;
    }
    if (node.type !== 'ObjectExpression') continue;
    const keys = node.properties.map((p) => p.key?.name ?? p.key?.value);
    if (keys.includes('agent') && keys.includes('output-style')) found.push({ module: h.module, node });
  }
  if (found.length !== 1) throw new SpecAnchorError(`${what}: found ${found.length} tables, expected one`);
  const { module, node } = found[0];
  const schema = (kind) => {
    const p = node.properties.find((x) => (x.key?.name ?? x.key?.value) === kind);
    return bundle.schemaKeys(module, p.value, `${what} ${kind}`);
  };
  return { skill: schema('skill'), agent: schema('agent') };
}

function fieldEntries(keys) {
  return [...keys].flatMap(([name, info]) => [
    { name, internal: isInternal(info) },
    ...(info.keys ? [...info.keys].map(([sub, subInfo]) => ({ name: `${name}.${sub}`, internal: isInternal(subInfo) })) : []),
  ]);
}

// ---------------------------------------------------------------------------------------------
// What the agent loaders accept. Anchors: the loaders' own warnings ("Agent file … has invalid
// memory value …. Valid options: ${LIST.join(", ")}").

function validOptions(bundle, subject, field, what) {
  const re = new RegExp(`${subject} \\$\\{[\\w$]+\\} has invalid ${field}(?: value)? '\\$\\{[\\w$]+\\}'\\. Valid options: \\$\\{([\\w$]+)\\.join\\(`);
  return listNear(bundle, re, what, `has invalid ${field}`);
}

/** The colours an agent's `color` keeps: `…&&LIST.includes(c)&&{color:c}` in the project loader. */
function agentColours(bundle) {
  const what = 'agent colours (…&&LIST.includes(c)&&{color:c})';
  return listNear(bundle, /&&([\w$]+)\.includes\(([\w$]+)\)&&\{color:\2\}/, what, '{color:');
}

/** `permissionMode` values and the aliases the loader maps first (`manual` → `default`). */
function permissionModes(bundle) {
  const what = 'agent permission modes';
  const hit = bundle.findOne(
    /let ([\w$]+)=([\w$]+)\([\w$]+\.permissionMode\),[\w$]+=\1&&([\w$]+)\.includes\(\1\)/,
    what,
    modulesWith(bundle, 'has invalid permissionMode'),
  );
  const modes = stringList(bundle.valueOf(hit.module, hit.match[3], what, hit.index), what);
  const fn = bundle.definition(hit.module, hit.match[2], `${what} (alias function)`);
  const ret = returnedExpression(fn.node);
  // `return m==="manual"?"default":m`
  const aliases = {};
  if (
    ret?.type === 'ConditionalExpression' &&
    ret.test.type === 'BinaryExpression' &&
    ret.test.operator === '===' &&
    ret.test.right.type === 'Literal' &&
    ret.consequent.type === 'Literal'
  ) {
    aliases[ret.test.right.value] = ret.consequent.value;
  } else {
    throw new SpecAnchorError(`${what}: the alias function ${hit.match[2]} is not \`m==="a"?"b":m\``);
  }
  return { modes, aliases };
}

/** Plugin agents: fields warned about as ignored, extra keys accepted, `isolation` values. */
function pluginAgent(bundle) {
  const what = 'plugin agent ignored fields ("… which is ignored for plugin agents")';
  const inPlugin = modulesWith(bundle, 'which is ignored for plugin agents');
  const loops = bundle.find(
    /for\(let ([\w$]+) of ([\w$]+)\)if\([\w$]+\[\1\]!==void 0\)[\w$]+\(`Plugin agent file \$\{[\w$]+\} sets \$\{\1\}, which is ignored for plugin agents/,
    inPlugin,
  );
  if (loops.length === 0) throw new SpecAnchorError(`${what}: anchor not found`);
  const ignored = loops.flatMap((h) => stringList(bundle.valueOf(h.module, h.match[2], what, h.index), what));
  const extraWhat = 'plugin agent extra keys (e==="Plugin agent file"?[...known,...EXTRA]:known)';
  const extra = listNear(bundle, /==="Plugin agent file"\?\[\.\.\.[\w$]+,\.\.\.([\w$]+)\]/, extraWhat, '"Plugin agent file"');
  const isoWhat = 'plugin agent isolation (X.isolation==="v"?"v":void 0)';
  const iso = bundle.find(/[\w$]+\.isolation==="([a-z-]+)"\?"\1":void 0/, inPlugin);
  if (iso.length !== 1) throw new SpecAnchorError(`${isoWhat}: found ${iso.length} times, expected once`);
  return { ignored, extraKeys: extra, isolation: [iso[0].match[1]] };
}

// ---------------------------------------------------------------------------------------------
// Tools.

/**
 * The legacy tool names the permission-rule parser maps to current ones. Anchor: the parser's
 * result `{toolName: MAP(x.toolName), ruleContent: …}`; MAP looks names up in a table chosen by a
 * feature check, so both tables are read.
 */
function legacyToolNames(bundle) {
  const what = 'legacy tool names ({toolName:MAP(x.toolName),ruleContent:…})';
  const hit = bundle.findOne(/return\{toolName:([\w$]+)\([\w$]+\.toolName\),ruleContent:[\w$]+\}/, what, modulesWith(bundle, 'ruleContent:'));
  const mapFn = bundle.definition(hit.module, hit.match[1], what);
  // MAP: `return Object.hasOwn(T,e)?T[e]:e`, T a table, or `let T=TABLES()` choosing one by a check.
  let table;
  walk(mapFn.node, (n) => {
    const c = n.callee;
    if (
      !table &&
      n.type === 'CallExpression' &&
      c.type === 'MemberExpression' &&
      c.object.name === 'Object' &&
      c.property.name === 'hasOwn' &&
      n.arguments[0]?.type === 'Identifier'
    )
      table = n.arguments[0];
  });
  if (!table) throw new SpecAnchorError(`${what}: ${hit.match[1]} looks up no table (Object.hasOwn)`);
  const tableDef = bundle.definition(mapFn.module, table.name, what, table.start);
  let branches = [tableDef.node];
  let branchModule = tableDef.module;
  if (tableDef.node.type === 'CallExpression' && tableDef.node.callee.type === 'Identifier' && tableDef.node.arguments.length === 0) {
    const chooser = bundle.definition(tableDef.module, tableDef.node.callee.name, what, tableDef.node.start);
    const ret = returnedExpression(chooser.node);
    if (!ret) throw new SpecAnchorError(`${what}: ${tableDef.node.callee.name} returns no table`);
    branches = ret.type === 'ConditionalExpression' ? [ret.consequent, ret.alternate] : [ret];
    branchModule = chooser.module;
  }
  const table_ = { module: branchModule };
  const always = bundle.value(table_.module, branches[branches.length - 1]);
  const merged = Object.assign({}, ...branches.map((b) => bundle.value(table_.module, b)));
  if (!Object.keys(always).length) throw new SpecAnchorError(`${what}: empty table`);
  return { always, conditional: Object.fromEntries(Object.entries(merged).filter(([k]) => !(k in always))) };
}

/** Built-in tool names the permission-rule check knows: `new Set([...NAMES, ...Object.keys(LEGACY)])`. */
function builtInToolNames(bundle, legacy) {
  const what = 'built-in tool names (new Set([...NAMES,...Object.keys(LEGACY)]))';
  const hits = bundle.find(/new Set\(\[\.\.\.([\w$]+),\.\.\.Object\.keys\(([\w$]+)\)\]\)/, modulesWith(bundle, 'new Set([...'));
  const lists = [];
  for (const h of hits) {
    const r = bundle.tryValue(h.module, bundle.expressionAt(h.module, h.index + 'new Set([...'.length));
    const map = bundle.tryValue(h.module, bundle.expressionAt(h.module, h.index + h.match[0].indexOf('Object.keys(') + 'Object.keys('.length));
    if (r.ok && map.ok && JSON.stringify(map.value) === JSON.stringify(legacy.always)) lists.push(stringList(r.value, what));
  }
  const distinct = [...new Set(lists.map((l) => JSON.stringify(l)))];
  if (distinct.length !== 1) throw new SpecAnchorError(`${what}: found ${distinct.length} such lists, expected one`);
  return JSON.parse(distinct[0]);
}

/** Names of retired tools the transcript check tolerates: `!SET.has(name)` before "a built-in this process does not offer". */
function retiredToolNames(bundle) {
  const what = 'retired tool names (!SET.has(x) … "a built-in this process does not offer")';
  return listNear(
    bundle,
    /if\([\w$]+\(!1\),!([\w$]+)\.has\([\w$]+\)\)\{let [\w$]+=[\w$]+\([\w$]+\);[\w$]+\(`wire tool input consistency check/,
    what,
    'wire tool input consistency check',
  );
}

/** Every tool definition carrying a `registryToolId`, by the name it resolves to. */
function definedTools(bundle) {
  const names = new Set();
  const unresolved = [];
  for (const h of bundle.find(/registryToolId:"[0-9a-f-]{36}"/, modulesWith(bundle, 'registryToolId:'))) {
    let obj;
    try {
      obj = bundle.enclosingObject(h.module, h.index);
    } catch {
      unresolved.push(`${h.module}:${h.index}`);
      continue;
    }
    const nameProp = obj.properties.find((p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'name');
    const r = nameProp ? bundle.tryValue(h.module, nameProp.value) : { ok: false };
    if (r.ok && typeof r.value === 'string') names.add(r.value);
    else unresolved.push(`${h.module}:${h.index}`);
  }
  if (names.size === 0) throw new SpecAnchorError('tool definitions (registryToolId): none found');
  return { names: [...names].sort(), unresolved: unresolved.length };
}

/**
 * Tools withheld from subagents. Anchor: the subagent tool filter, a function whose parameter is
 * `{tools, isBuiltIn, agentType, isAsync, …}`: `if(HAS(t, ALL))return!1` (every subagent),
 * `if(!isBuiltIn&&HAS(t, CUSTOM))return!1` (custom agents), `if(isAsync&&!HAS(t, ASYNC_OK))`.
 */
function subagentToolFilter(bundle) {
  const what = 'subagent tool filter (function({tools,isBuiltIn,agentType,isAsync,…}))';
  const hit = bundle.findOne(
    /function [\w$]+\(\{tools:[\w$]+,isBuiltIn:([\w$]+),agentType:[\w$]+,isAsync:([\w$]+)(?:=!1)?,/,
    what,
    modulesWith(bundle, 'isBuiltIn:'),
  );
  const fn = bundle.expressionAt(hit.module, hit.index);
  const [, builtIn, isAsync] = hit.match;
  // The parameter's bindings (`tools:e`, `isAsync:y=!1`, …) are not sets.
  const params = new Set();
  walk(fn.params[0], (n) => {
    if (n.type === 'Identifier') params.add(n.name);
  });
  const sets = {};
  const setArg = (call) => {
    const arg = call?.type === 'CallExpression' && call.arguments.length === 2 ? call.arguments[1] : undefined;
    return arg?.type === 'Identifier' && !params.has(arg.name) ? arg : undefined;
  };
  const isReturnFalse = (s) =>
    s.type === 'ReturnStatement' && s.argument?.type === 'UnaryExpression' && s.argument.operator === '!' && s.argument.argument.value === 1;
  walk(fn.body, (n) => {
    if (n.type !== 'IfStatement') return;
    const t = n.test;
    if (t.type === 'CallExpression' && isReturnFalse(n.consequent) && setArg(t)) sets.all ??= setArg(t);
    if (
      t.type === 'LogicalExpression' &&
      t.operator === '&&' &&
      t.left.type === 'UnaryExpression' &&
      t.left.argument.name === builtIn &&
      isReturnFalse(n.consequent) &&
      setArg(t.right)
    )
      sets.custom ??= setArg(t.right);
    if (
      t.type === 'LogicalExpression' &&
      t.operator === '&&' &&
      t.left.type === 'Identifier' &&
      t.left.name === isAsync &&
      t.right.type === 'UnaryExpression' &&
      setArg(t.right.argument)
    )
      sets.asyncAllowed ??= setArg(t.right.argument);
  });
  for (const k of ['all', 'custom', 'asyncAllowed']) if (!sets[k]) throw new SpecAnchorError(`${what}: no ${k} set in the filter`);
  const list = (id, label) => stringList(bundle.valueOf(hit.module, id.name, `${what} ${label}`, id.start), `${what} ${label}`);
  return { all: list(sets.all, 'all'), custom: list(sets.custom, 'custom'), asyncAllowed: list(sets.asyncAllowed, 'async') };
}

/**
 * Native builds' search tools. Anchor: the tool catalogue `{getAllBaseTools: F, …}`; F keeps the
 * search tools only when `!DROPPED().has(tool.name)`; DROPPED returns a Set of their names. The
 * subagent tool resolver maps the same names back to the tools when an agent has no Bash:
 * `{[GLOB]:globTool,[GREP]:grepTool}` next to `invalidTools`.
 */
function nativeSearch(bundle) {
  const what = 'native-build search tools (getAllBaseTools … !DROPPED().has(t.name))';
  const cat = bundle.findOne(/getAllBaseTools:([\w$]+),getTools:/, what, modulesWith(bundle, 'getAllBaseTools:'));
  const base = bundle.definition(cat.module, cat.match[1], what);
  const src = bundle.source(base.module).slice(base.node.start, base.node.end);
  const m = /\.filter\(\(([\w$]+)\)=>!([\w$]+)\(\)\.has\(\1\.name\)\)/.exec(src);
  if (!m) throw new SpecAnchorError(`${what}: ${cat.match[1]} filters no tool by a dropped-names set`);
  const dropFn = bundle.definition(base.module, m[2], what);
  const sets = [];
  walk(dropFn.node, (n) => {
    if (n.type === 'Identifier') {
      const r = bundle.tryValue(dropFn.module, n);
      if (r.ok && r.value instanceof Set && r.value.size > 0) sets.push([...r.value]);
    }
  });
  const distinct = [...new Set(sets.map((s) => JSON.stringify(s)))];
  if (distinct.length !== 1) throw new SpecAnchorError(`${what}: ${m[2]} refers to ${distinct.length} name sets, expected one`);
  const dropped = stringList(JSON.parse(distinct[0]), what);
  const rwhat = 'search tools given back to an agent without Bash ({[GLOB]:tool,[GREP]:tool} in the subagent tool resolver)';
  const restored = [];
  for (const h of bundle.find(/\{\[([\w$]+)\]:([\w$]+),\[([\w$]+)\]:([\w$]+)\}/, modulesWith(bundle, 'invalidTools', 'validTools'))) {
    const a = bundle.tryValue(h.module, bundle.expressionAt(h.module, h.index + 2));
    const b = bundle.tryValue(h.module, bundle.expressionAt(h.module, h.index + h.match[0].lastIndexOf('[') + 1));
    if (a.ok && b.ok && dropped.includes(a.value) && dropped.includes(b.value)) restored.push(a.value, b.value);
  }
  if (restored.length === 0) throw new SpecAnchorError(`${rwhat}: anchor not found`);
  return { dropped, restoredWithoutBash: [...new Set(restored)] };
}

// ---------------------------------------------------------------------------------------------
// Hooks. Anchor: the hook schemas by type, returned as {BashCommandHookSchema, PromptHookSchema, …};
// the union of them (`{…}=F();return UNION("type",[…])`) is what a matcher's `hooks` list holds;
// the settings `hooks` record is keyed by an enum of the event list.

function hooks(bundle) {
  const what = 'hook types ({BashCommandHookSchema:…,PromptHookSchema:…})';
  const inHooks = modulesWith(bundle, 'BashCommandHookSchema');
  const hit = bundle.findOne(/return\{BashCommandHookSchema:[\w$]+,/, what, inHooks);
  const ret = bundle.expressionAt(hit.module, hit.index + 'return'.length);
  const types = {};
  for (const p of ret.properties) {
    const local = p.value.name;
    const def = bundle.definition(hit.module, local, `${what} ${p.key.name}`, hit.index);
    const keys = bundle.schemaKeys(def.module, def.node, `${what} ${p.key.name}`);
    const type = keys.get('type')?.literal;
    if (!type) throw new SpecAnchorError(`${what}: ${p.key.name} has no literal \`type\``);
    types[type] = [...keys.keys()].filter((k) => !isInternal(keys.get(k)));
  }
  const ewhat = 'hook events (the settings hooks record: RECORD(ENUM(EVENTS), LIST(MATCHER)))';
  const union = bundle.findOne(/([\w$]+)=[\w$]+\(\(\)=>\{let\{BashCommandHookSchema:/, ewhat, inHooks);
  const matcher = bundle.findOne(
    new RegExp(`([\\w$]+)=[\\w$]+\\(\\(\\)=>[\\w$]+\\(\\{matcher:[^{}]*?,hooks:[\\w$]+\\(${union.match[1].replace(/\$/g, '\\$')}\\(\\)\\)`),
    ewhat,
    modulesWith(bundle, '{matcher:'),
  );
  const rec = bundle.findOne(new RegExp(`[\\w$]+\\([\\w$]+\\(([\\w$]+)\\),[\\w$]+\\(${matcher.match[1].replace(/\$/g, '\\$')}\\(\\)\\)\\)`), ewhat, [
    matcher.module,
  ]);
  const events = stringList(bundle.valueOf(rec.module, rec.match[1], ewhat, rec.index), ewhat);
  return { events, types };
}

// ---------------------------------------------------------------------------------------------
// Plugin manifest and marketplace. Anchor: `claude plugin validate`'s unknown-field check, the
// function that warns "Unknown field '…'. Claude Code ignores it at load time." It is called with
// the set of known keys: `new Set(Object.keys(SCHEMA().shape))` for plugin.json (plus the keys the
// plugin directory reads, and those that belong in a marketplace entry), for marketplace.json, its
// `metadata` and each of its `plugins` entries.

function unknownFieldCheck(bundle) {
  const what = 'plugin validator unknown-field check ("Unknown field \'…\'. Claude Code ignores it at load time.")';
  const inValidator = modulesWith(bundle, 'Claude Code ignores it at load time.');
  const fn = bundle.findOne(
    /function ([\w$]+)\(([\w$]+),([\w$]+),([\w$]+),([\w$]+),([\w$]+),([\w$]+)\)\{for\(let ([\w$]+) of Object\.keys\(\2\)\)\{if\(\3\.has\(\8\)/,
    what,
    inValidator,
  );
  return { what, module: fn.module, name: fn.match[1] };
}

/** The keys in `new Set(Object.keys(X().shape))` (or `…shape.metadata.unwrap().shape`) at `index`. */
function knownKeySet(bundle, module, index, what) {
  const node = bundle.expressionAt(module, index);
  // new Set(Object.keys(<schema>.shape))
  const keysCall = node.type === 'NewExpression' ? node.arguments[0] : undefined;
  const shape = keysCall?.type === 'CallExpression' ? keysCall.arguments[0] : undefined;
  if (!shape || shape.type !== 'MemberExpression' || shape.property.name !== 'shape') throw new SpecAnchorError(`${what}: not a set of schema keys`);
  let schema = shape.object;
  const path = [];
  // X().shape.metadata.unwrap() → the `metadata` key of X, unwrapped.
  while (schema.type === 'CallExpression' && schema.callee.type === 'MemberExpression' && schema.callee.property.name === 'unwrap')
    schema = schema.callee.object;
  while (schema.type === 'MemberExpression' && schema.object.type === 'MemberExpression' && schema.object.property.name === 'shape') {
    path.unshift(schema.property.name);
    schema = schema.object.object;
  }
  let keys = bundle.schemaKeys(module, schema, what);
  for (const key of path) {
    keys = keys.get(key)?.keys;
    if (!keys) throw new SpecAnchorError(`${what}: the schema has no object key ${key}`);
  }
  return keyList(keys, what);
}

function pluginManifest(bundle) {
  const check = unknownFieldCheck(bundle);
  const what = 'plugin manifest keys (unknown-field check on plugin.json)';
  const esc = check.name.replace(/\$/g, '\\$');
  const call = bundle.findOne(new RegExp(`${esc}\\([\\w$]+,(new Set\\(Object\\.keys\\([\\w$]+\\(\\)\\.shape\\)\\)),"",[\\w$]+,([\\w$]+),([\\w$]+)\\)`), what, [
    check.module,
  ]);
  const keys = knownKeySet(bundle, call.module, call.index + check.name.length + call.match[0].slice(check.name.length).indexOf('new Set'), what);
  const entryOnly = stringList(bundle.valueOf(call.module, call.match[2], `${what} (marketplace-entry keys)`, call.index), what);
  const directory = stringList(bundle.valueOf(call.module, call.match[3], `${what} (plugin directory keys)`, call.index), what);
  return { keys, entryOnly, directory };
}

function marketplace(bundle) {
  const check = unknownFieldCheck(bundle);
  const what = 'marketplace keys (unknown-field checks on marketplace.json)';
  const esc = check.name.replace(/\$/g, '\\$');
  const top = bundle.findOne(new RegExp(`${esc}\\([\\w$]+,(new Set\\(Object\\.keys\\([\\w$]+\\(\\)\\.shape\\)\\)),"",[\\w$]+\\)`), `${what}: top level`, [
    check.module,
  ]);
  const meta = bundle.findOne(
    new RegExp(`${esc}\\([\\w$]+,(new Set\\(Object\\.keys\\([\\w$]+\\(\\)\\.shape\\.metadata\\.unwrap\\(\\)\\.shape\\)\\)),"metadata",`),
    `${what}: metadata`,
    [check.module],
  );
  const entries = bundle.findOne(new RegExp(`${esc}\\(([\\w$]+),([\\w$]+),\u0060plugins\\[\\$\\{[\\w$]+\\}\\]\u0060,`), `${what}: plugin entries`, [
    check.module,
  ]);
  const at = (hit) => hit.index + hit.match[0].indexOf('new Set');
  const entrySet = bundle.definition(check.module, entries.match[2], `${what}: plugin entries`, entries.index);
  return {
    keys: knownKeySet(bundle, top.module, at(top), `${what}: top level`),
    metadata: knownKeySet(bundle, meta.module, at(meta), `${what}: metadata`),
    entries: knownKeySet(bundle, entrySet.module, entrySet.node.start, `${what}: plugin entries`),
  };
}

// ---------------------------------------------------------------------------------------------
// Models. Anchors: the alias list (the one array of names that holds `opusplan`), the function
// that tells whether a model setting is a keyword (`ALIAS(n)||…||n==="default"||n==="inherit"`),
// the list of model IDs declared beside the aliases, and the `[1m]` suffix the alias check strips.

function models(bundle) {
  const what = 'model aliases (the list holding "opusplan")';
  const hits = bundle.find(/([\w$]+)=\[(?:"[\w.[\]-]+",)*"opusplan"(?:,"[\w.[\]-]+")*\]/, modulesWith(bundle, '"opusplan"'));
  const distinct = new Map();
  for (const h of hits) distinct.set(h.match[0].slice(h.match[1].length + 1), h);
  if (distinct.size !== 1) throw new SpecAnchorError(`${what}: found ${distinct.size} different lists, expected one`);
  const hit = [...distinct.values()][0];
  const aliases = stringList(bundle.valueOf(hit.module, hit.match[1], what, hit.index + hit.match[0].length), what);
  const kwhat = 'model keywords (ALIAS(n)||…||n==="default"||n==="inherit")';
  const isAlias = bundle.findOne(new RegExp(`function ([\\w$]+)\\(([\\w$]+)\\)\\{return ${hit.match[1].replace(/\$/g, '\\$')}\\.includes\\(\\2\\)\\}`), kwhat, [
    hit.module,
  ]);
  const keywordHits = bundle.find(
    new RegExp(`return ${isAlias.match[1].replace(/\$/g, '\\$')}\\(([\\w$]+)\\)(?:\\|\\|[^;{}]*?)==="default"[^;{}]*?\\}`),
    modulesWith(bundle, `${isAlias.match[1]}(`, '==="default"'),
  );
  const keywords = new Set();
  for (const h of keywordHits) for (const m of h.match[0].matchAll(/==="([a-z]+)"/g)) keywords.add(m[1]);
  if (!keywords.has('inherit')) throw new SpecAnchorError(`${kwhat}: anchor not found`);
  const ids = bundle.find(/([\w$]+)=\[("claude-[\w.-]+",?){5,}\]/, [hit.module]);
  if (ids.length !== 1) throw new SpecAnchorError(`model IDs (the claude-… list beside the aliases): found ${ids.length}, expected one`);
  const modelIds = stringList(bundle.valueOf(ids[0].module, ids[0].match[1], 'model IDs', ids[0].index + ids[0].match[0].length), 'model IDs');
  const suffix = bundle.find('.replace(/\\[1m\\]$/i,"")', [hit.module]);
  if (suffix.length === 0) throw new SpecAnchorError('model suffix ([1m] stripped before the alias check): anchor not found');
  return { aliases, keywords: [...keywords], ids: modelIds, suffixes: ['[1m]'] };
}

// ---------------------------------------------------------------------------------------------
// Command placeholders. Anchor: the substitution function's message about "placeholders such as
// $ARGUMENTS"; in it, `$N` is replaced by `ARGS[parseInt(N,10)]` (0 = first argument).

function placeholders(bundle) {
  const what = 'command placeholders ($N → ARGS[N])';
  const inArgs = modulesWith(bundle, 'parseInt(', 'ARGUMENTS');
  const fn = bundle.findOne(
    /\.replace\(\/\\\$\(\\d\+\)\(\?!\\w\)\/g,\(([\w$]+),([\w$]+)\)=>\{let ([\w$]+)=parseInt\(\2,10\);if\(([\w$]+)\(\3\)===void 0\)return \1;/,
    what,
    inArgs,
  );
  const indexed = bundle.findOne(/\.replace\(\/\\\$ARGUMENTS\\\[\(\\d\+\)\\\]\/g,/, 'command placeholders ($ARGUMENTS[N])', inArgs);
  if (fn.module !== indexed.module) throw new SpecAnchorError(`${what}: $N and $ARGUMENTS[N] are replaced in different modules`);
  const escaped = bundle.find(/\(\?<!\\\\\\\\\)\\\\\\\\\\\\\$\(\?=/, [fn.module]);
  return {
    indexBase: 0,
    forms: ['$ARGUMENTS', '$ARGUMENTS[N]', '$N', '$name'],
    escapedByBackslash: escaped.length > 0,
  };
}

// ---------------------------------------------------------------------------------------------

/** The extractors by name: each takes a Bundle and returns its list(s), or throws a SpecAnchorError. */
export const extractors = {
  frontmatterSchemas,
  agentColours,
  permissionModes,
  agentMemory: (b) => validOptions(b, 'Agent file', 'memory', 'agent memory (Agent file … has invalid memory value)'),
  agentIsolation: (b) => validOptions(b, 'Agent file', 'isolation', 'agent isolation (Agent file … has invalid isolation value)'),
  agentEffort: (b) => validOptions(b, 'Agent file', 'effort', 'agent effort (Agent file … has invalid effort)'),
  pluginAgentMemory: (b) => validOptions(b, 'Plugin agent file', 'memory', 'plugin agent memory (Plugin agent file … has invalid memory value)'),
  pluginAgent,
  legacyToolNames,
  builtInToolNames: (b) => builtInToolNames(b, legacyToolNames(b)),
  retiredToolNames,
  definedTools,
  subagentToolFilter,
  nativeSearch,
  hooks,
  pluginManifest,
  marketplace,
  models,
  placeholders,
};

/**
 * Every list, read from the bundle.
 * @param {Bundle} bundle
 */
export function extractAll(bundle) {
  const fm = frontmatterSchemas(bundle);
  const legacy = legacyToolNames(bundle);
  const perm = permissionModes(bundle);
  const plugin = pluginAgent(bundle);
  return {
    'agent.fields': fieldEntries(fm.agent),
    'skill.fields': fieldEntries(fm.skill),
    'skill.context': stringList(fm.skill.get('context')?.enum, 'skill context (enum of the skill schema)'),
    'agent.color': agentColours(bundle),
    'agent.permissionMode': perm.modes,
    'agent.permissionModeAliases': perm.aliases,
    'agent.memory': extractors.agentMemory(bundle),
    'agent.isolation': extractors.agentIsolation(bundle),
    'agent.effort': extractors.agentEffort(bundle),
    'pluginAgent.ignoredFields': plugin.ignored,
    'pluginAgent.extraFields': plugin.extraKeys,
    'pluginAgent.isolation': plugin.isolation,
    'pluginAgent.memory': extractors.pluginAgentMemory(bundle),
    'tools.builtIn': builtInToolNames(bundle, legacy),
    'tools.defined': definedTools(bundle),
    'tools.legacyNames': legacy,
    'tools.retired': retiredToolNames(bundle),
    'tools.subagents': subagentToolFilter(bundle),
    'tools.nativeSearch': nativeSearch(bundle),
    hooks: hooks(bundle),
    'plugin.manifest': pluginManifest(bundle),
    'plugin.marketplace': marketplace(bundle),
    models: models(bundle),
    placeholders: placeholders(bundle),
  };
}

export { Bundle };
