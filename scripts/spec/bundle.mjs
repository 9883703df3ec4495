// Reads facts out of a minified JavaScript bundle without running it: finds anchor text, parses the
// expression at a place with acorn, follows identifiers to their definitions (across the bundle's
// chunks, through `import {…} from` / `export {…}` and `import.meta.require(…).NAME`) and evaluates
// constant expressions (string arrays, Sets, object maps, simple functions of constants).
//
// Minified names change from release to release; the text a person reads (messages, option names,
// property keys) does not. Anchors are therefore written against that text, and every lookup that
// finds nothing, or more than one different thing, throws a SpecAnchorError naming what it looked
// for. Nothing returns an empty list in place of an answer.
import { Parser } from 'acorn';

/**
 * Parses one assignment expression at `pos` (acorn's `parseExpressionAt` would read on through a
 * comma and fail on `a,...b` inside an array). `parseMaybeAssign` is the entry point acorn's own
 * plugins use for that.
 */
function parseExpressionAt(input, pos, options) {
  const parser = new Parser(options, input, pos);
  parser.nextToken();
  return parser.parseMaybeAssign();
}

export class SpecAnchorError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SpecAnchorError';
  }
}

/** Thrown (and caught internally) when an expression has no constant value. */
class Unevaluable extends Error {}

const PARSE_OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'module',
  allowHashBang: true,
  allowImportExportEverywhere: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
};
const ZOD_WRAPPERS = new Set([
  'strict',
  'loose',
  'passthrough',
  'strip',
  'optional',
  'nullable',
  'nullish',
  'describe',
  'catch',
  'default',
  'readonly',
  'transform',
  'refine',
  'superRefine',
  'partial',
  'required',
  'brand',
  'pipe',
  'meta',
]);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A short excerpt of a module around an offset, for error messages. */
function around(source, index) {
  return JSON.stringify(source.slice(Math.max(0, index - 60), index + 60));
}

function sameValue(a, b) {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(v) {
  if (v instanceof Set) return { set: [...v].map(normalise) };
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

export class Bundle {
  /** @param {Map<string, string>} modules path → source */
  constructor(modules) {
    this.modules = modules;
    this.parsed = new Map();
    this.importsCache = new Map();
    this.exportsCache = new Map();
    /** Definitions being evaluated, to stop at a cycle. */
    this.visiting = new Set();
  }

  /** Source of a module, by full path (`/$bunfs/root/chunk-x.js`). */
  source(module) {
    const s = this.modules.get(module);
    if (s === undefined) throw new SpecAnchorError(`no module ${module} in the bundle`);
    return s;
  }

  /** Modules whose source holds every one of `texts` (a cheap filter before a regular expression). */
  modulesWith(...texts) {
    const out = [];
    for (const [module, source] of this.modules) if (texts.every((t) => source.includes(t))) out.push(module);
    return out;
  }

  /** Every match of `pattern` (a string or a RegExp) in the bundle, or in the given modules. */
  find(pattern, modules) {
    const out = [];
    const literal = typeof pattern === 'string' ? pattern : undefined;
    for (const [module, source] of this.modules) {
      if (modules && !modules.includes(module)) continue;
      if (literal !== undefined) {
        for (let i = source.indexOf(literal); i >= 0; i = source.indexOf(literal, i + 1)) out.push({ module, index: i, match: [literal] });
        continue;
      }
      const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const m of source.matchAll(re)) out.push({ module, index: m.index, match: m });
    }
    return out;
  }

  /** Exactly one match of `pattern`, or a SpecAnchorError saying what was looked for. */
  findOne(pattern, what, modules) {
    const hits = this.find(pattern, modules);
    if (hits.length === 0) throw new SpecAnchorError(`${what}: anchor not found (${pattern})`);
    if (hits.length > 1) throw new SpecAnchorError(`${what}: anchor found ${hits.length} times, expected once (${pattern})`);
    return hits[0];
  }

  /**
   * The expression that starts at `index`, parsed with acorn (cached). A comma ends it: in
   * `var a=x,b=y` the expression at `x` is `x`, not the sequence `x,b=y`.
   */
  expressionAt(module, index) {
    const key = `${module}\0${index}`;
    let node = this.parsed.get(key);
    if (!node) {
      const source = this.source(module);
      try {
        node = parseExpressionAt(source, index, PARSE_OPTIONS);
      } catch (e) {
        throw new SpecAnchorError(`cannot parse an expression at ${module}:${index} ${around(source, index)}: ${e.message}`);
      }
      this.parsed.set(key, node);
    }
    return node;
  }

  /** The smallest object literal that starts before `index` and contains it. */
  enclosingObject(module, index, maxTries = 400) {
    const source = this.source(module);
    let tries = 0;
    for (let at = source.lastIndexOf('{', index); at >= 0 && tries < maxTries; at = source.lastIndexOf('{', at - 1), tries++) {
      let node;
      try {
        node = parseExpressionAt(source, at, PARSE_OPTIONS);
      } catch {
        continue;
      }
      if (node.type === 'ObjectExpression' && node.start === at && node.end > index) return node;
    }
    throw new SpecAnchorError(`no object literal around ${module}:${index} ${around(source, index)}`);
  }

  /** `import {a as b} from "…"` bindings of a module: local name → { module, name }. */
  imports(module) {
    let map = this.importsCache.get(module);
    if (map) return map;
    map = new Map();
    const source = this.source(module);
    for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
      for (const part of m[1].split(',')) {
        const [imported, local] = part.trim().split(/\s+as\s+/);
        if (imported) map.set((local ?? imported).trim(), { module: m[2], name: imported.trim() });
      }
    }
    this.importsCache.set(module, map);
    return map;
  }

  /** `export {a as b}` bindings of a module: exported name → local name. */
  exports(module) {
    let map = this.exportsCache.get(module);
    if (map) return map;
    map = new Map();
    const source = this.source(module);
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(',')) {
        const [local, exported] = part.trim().split(/\s+as\s+/);
        if (local) map.set((exported ?? local).trim(), local.trim());
      }
    }
    this.exportsCache.set(module, map);
    return map;
  }

  /**
   * Definitions of `name` visible in `module`: `name=…` initialisers and `function name(…)`, or,
   * when the module has none, the definition it imports. With `near` (the offset of a use), only the
   * nearest definition is returned: the closest one before the use (a function's local variables
   * are defined above their use), else the first one after it (a top-level name used in a function
   * defined earlier in the module).
   * @returns {{module: string, node: any, index: number}[]}
   */
  definitions(module, name, near) {
    const source = this.source(module);
    const re = new RegExp(`(?<![\\w$.])${escapeRe(name)}=(?![=>])|function\\*?\\s*${escapeRe(name)}\\(`, 'g');
    const sites = [...source.matchAll(re)].map((m) => ({ index: m.index, at: m[0].startsWith('function') ? m.index : m.index + name.length + 1 }));
    const parse = (site) => {
      try {
        return { module, node: this.expressionAt(module, site.at), index: site.index };
      } catch {
        return undefined; // not an expression here (a destructuring pattern, a parameter default)
      }
    };
    if (sites.length && near !== undefined) {
      const ordered = [...sites.filter((x) => x.index <= near).reverse(), ...sites.filter((x) => x.index > near)];
      for (const site of ordered) {
        const def = parse(site);
        if (def) return [def];
      }
    } else if (sites.length) {
      if (sites.length > 25) throw new SpecAnchorError(`${name} is assigned ${sites.length} times in ${module}: give the place of its use`);
      const defs = sites.map(parse).filter(Boolean);
      if (defs.length) return defs;
    }
    const imported = this.imports(module).get(name);
    if (imported) {
      const local = this.exports(imported.module).get(imported.name);
      if (local === undefined) throw new SpecAnchorError(`${module} imports ${imported.name} from ${imported.module}, which does not export it`);
      return this.definitions(imported.module, local);
    }
    return [];
  }

  /** The one definition of `name` (the nearest before `near` when given). */
  definition(module, name, what, near) {
    const defs = this.definitions(module, name, near);
    if (defs.length === 0) throw new SpecAnchorError(`${what}: no definition of ${name} in ${module}`);
    if (near === undefined && defs.length > 1) {
      const values = defs.map((d) => this.tryValue(d.module, d.node));
      if (values.every((v) => v.ok && sameValue(v.value, values[0].value))) return defs[0];
      throw new SpecAnchorError(`${what}: ${defs.length} different definitions of ${name} in ${module}`);
    }
    return defs[0];
  }

  /** The constant value of the identifier `name` as seen from `module`. */
  valueOf(module, name, what, near) {
    const def = this.definition(module, name, what, near);
    const r = this.tryValue(def.module, def.node);
    if (!r.ok) throw new SpecAnchorError(`${what}: ${name} (${def.module}:${def.index}) has no constant value: ${r.reason}`);
    return r.value;
  }

  tryValue(module, node, env, depth = 0) {
    try {
      return { ok: true, value: this.value(module, node, env, depth) };
    } catch (e) {
      if (e instanceof Unevaluable || e instanceof SpecAnchorError) return { ok: false, reason: e.message };
      throw e;
    }
  }

  /** The constant value of an expression, or an Unevaluable error. `env` binds function parameters. */
  value(module, node, env = new Map(), depth = 0) {
    if (depth > 40) throw new Unevaluable('too deep');
    const v = (n, e = env) => this.value(module, n, e, depth + 1);
    switch (node.type) {
      case 'Literal':
        return node.regex ? { regex: node.regex.pattern, flags: node.regex.flags } : node.value;
      case 'TemplateLiteral':
        return node.quasis.map((q, i) => q.value.cooked + (i < node.expressions.length ? String(v(node.expressions[i])) : '')).join('');
      case 'ArrayExpression':
        return node.elements.flatMap((el) => {
          if (el === null) return [undefined];
          if (el.type === 'SpreadElement') return [...iterable(v(el.argument))];
          return [v(el)];
        });
      case 'ObjectExpression': {
        const out = {};
        for (const p of node.properties) {
          if (p.type === 'SpreadElement') Object.assign(out, v(p.argument));
          else out[propertyKey(p, v)] = v(p.value);
        }
        return out;
      }
      case 'NewExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'Set') return new Set(node.arguments.length ? iterable(v(node.arguments[0])) : []);
        if (node.callee.type === 'Identifier' && node.callee.name === 'Map') return new Map(node.arguments.length ? iterable(v(node.arguments[0])) : []);
        throw new Unevaluable(`new ${node.callee.name ?? '…'}`);
      case 'Identifier': {
        if (env.has(node.name)) return env.get(node.name);
        if (node.name === 'undefined') return undefined;
        // The nearest definition before the use: a module's top-level names have one definition;
        // a function's locals are defined above their use.
        const defs = this.definitions(module, node.name, node.start);
        if (defs.length === 0) throw new Unevaluable(`no definition of ${node.name}`);
        const key = `${defs[0].module}\0${defs[0].index}`;
        if (this.visiting.has(key)) throw new Unevaluable(`${node.name} refers to itself`);
        this.visiting.add(key);
        try {
          return this.value(defs[0].module, defs[0].node, new Map(), depth + 1);
        } finally {
          this.visiting.delete(key);
        }
      }
      case 'UnaryExpression': {
        if (node.operator === 'void') return undefined;
        const a = v(node.argument);
        if (node.operator === '!') return !a;
        if (node.operator === '-') return -a;
        if (node.operator === '+') return +a;
        throw new Unevaluable(node.operator);
      }
      case 'BinaryExpression': {
        const a = v(node.left);
        const b = v(node.right);
        switch (node.operator) {
          case '===':
            return a === b;
          case '!==':
            return a !== b;
          case '==':
            return a == b; // eslint-disable-line eqeqeq
          case '!=':
            return a != b; // eslint-disable-line eqeqeq
          case '+':
            return a + b;
          case '*':
            return a * b;
          case '-':
            return a - b;
          default:
            throw new Unevaluable(node.operator);
        }
      }
      case 'LogicalExpression': {
        const a = v(node.left);
        if (node.operator === '&&') return a ? v(node.right) : a;
        if (node.operator === '||') return a ? a : v(node.right);
        return a ?? v(node.right);
      }
      case 'ConditionalExpression':
        return v(node.test) ? v(node.consequent) : v(node.alternate);
      case 'SequenceExpression':
        return v(node.expressions[node.expressions.length - 1]);
      case 'MemberExpression': {
        const required = requiredModule(node.object);
        if (required && !node.computed)
          return this.valueOf(required, this.exportedLocal(required, node.property.name), `import.meta.require(${required}).${node.property.name}`);
        const obj = v(node.object);
        const key = node.computed ? v(node.property) : node.property.name;
        if (obj === null || obj === undefined) throw new Unevaluable('member of nothing');
        return obj[key];
      }
      case 'CallExpression': {
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'Object') {
          const arg = v(node.arguments[0]);
          if (callee.property.name === 'keys') return Object.keys(arg);
          if (callee.property.name === 'values') return Object.values(arg);
          if (callee.property.name === 'entries') return Object.entries(arg);
          if (callee.property.name === 'fromEntries') return Object.fromEntries(iterable(arg));
          if (callee.property.name === 'freeze') return arg;
        }
        if (callee.type === 'Identifier' && !env.has(callee.name)) {
          const defs = this.definitions(module, callee.name);
          const fn = defs.find((d) => d.node.type === 'FunctionExpression' || d.node.type === 'ArrowFunctionExpression');
          if (fn && defs.length === 1)
            return this.call(
              fn.module,
              fn.node,
              node.arguments.map((a) => v(a)),
              depth,
            );
        }
        throw new Unevaluable('call');
      }
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return { function: `${module}:${node.start}` };
      default:
        throw new Unevaluable(node.type);
    }
  }

  /** Calls a simple function (one `return`, or an expression body) with constant arguments. */
  call(module, fn, args, depth = 0) {
    const env = new Map();
    fn.params.forEach((p, i) => {
      if (p.type === 'Identifier') env.set(p.name, args[i]);
      else if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier')
        env.set(p.left.name, args[i] === undefined ? this.value(module, p.right, env, depth + 1) : args[i]);
      else throw new Unevaluable('parameter pattern');
    });
    const body = returnedExpression(fn);
    if (!body) throw new Unevaluable('function body is not a single return');
    return this.value(module, body, env, depth + 1);
  }

  /** The local name under which a module exports `name`. */
  exportedLocal(module, name) {
    const local = this.exports(module).get(name);
    if (local === undefined) throw new SpecAnchorError(`${module} does not export ${name}`);
    return local;
  }

  /**
   * The keys of a zod object schema expression, following lazy wrappers (`p(() => …)`), named
   * schemas, `.extend({…})`, `…X().shape` spreads and chained modifiers. Each key carries the text
   * of its `.describe(…)` when constant, its enum values when it is an enum of literals, and its
   * own keys when its value is an object schema.
   * @returns {Map<string, {describe?: string, enum?: string[], keys?: Map}>}
   */
  schemaKeys(module, node, what, depth = 0) {
    if (depth > 20) throw new SpecAnchorError(`${what}: schema nesting too deep`);
    const again = (m, n) => this.schemaKeys(m, n, what, depth + 1);
    if (node.type === 'ArrowFunctionExpression' && node.params.length === 0 && node.expression) return again(module, node.body);
    if (node.type === 'ObjectExpression') return this.objectSchemaKeys(module, node, what, depth);
    if (node.type === 'MemberExpression' && !node.computed && node.property.name === 'shape') return again(module, node.object);
    if (node.type === 'Identifier') {
      const def = this.definition(module, node.name, what);
      return again(def.module, def.node);
    }
    if (node.type !== 'CallExpression') throw new SpecAnchorError(`${what}: not a schema expression (${node.type})`);
    const callee = node.callee;
    if (callee.type === 'MemberExpression' && !callee.computed) {
      const method = callee.property.name;
      if (method === 'extend' || method === 'merge') {
        const base = again(module, callee.object);
        const more =
          node.arguments[0].type === 'ObjectExpression' ? this.objectSchemaKeys(module, node.arguments[0], what, depth) : again(module, node.arguments[0]);
        return new Map([...base, ...more]);
      }
      if (ZOD_WRAPPERS.has(method)) return again(module, callee.object);
      throw new SpecAnchorError(`${what}: unexpected schema method .${method}()`);
    }
    // Lazy wrapper: f(() => schema).
    if (node.arguments.length === 1 && node.arguments[0].type === 'ArrowFunctionExpression' && node.arguments[0].params.length === 0)
      return again(module, node.arguments[0]);
    // Object schema: f({…}) (z.object, z.strictObject, z.looseObject under minified names).
    if (node.arguments.length >= 1 && node.arguments[0].type === 'ObjectExpression') return this.objectSchemaKeys(module, node.arguments[0], what, depth);
    // A named schema: X().
    if (node.arguments.length === 0 && callee.type === 'Identifier') {
      const def = this.definition(module, callee.name, what);
      return again(def.module, def.node);
    }
    throw new SpecAnchorError(`${what}: not an object schema at ${module}:${node.start}`);
  }

  objectSchemaKeys(module, obj, what, depth) {
    const out = new Map();
    for (const p of obj.properties) {
      if (p.type === 'SpreadElement') {
        for (const [k, info] of this.schemaKeys(module, p.argument, what, depth + 1)) out.set(k, info);
        continue;
      }
      const key = propertyKey(p, (n) => this.value(module, n));
      out.set(key, this.describeValue(module, p.value, what, depth));
    }
    return out;
  }

  /** What a schema property's value says about itself: describe text, enum values, nested keys. */
  describeValue(module, node, what, depth) {
    const info = {};
    let n = node;
    for (let i = 0; i < 30 && n; i++) {
      if (n.type === 'ArrowFunctionExpression' && n.params.length === 0 && n.expression) {
        n = n.body;
        continue;
      }
      if (n.type !== 'CallExpression') break;
      const c = n.callee;
      if (c.type === 'MemberExpression' && !c.computed) {
        if (c.property.name === 'describe' && info.describe === undefined) {
          const r = this.tryValue(module, n.arguments[0]);
          if (r.ok && typeof r.value === 'string') info.describe = r.value;
        }
        n = c.object;
        continue;
      }
      const arg = n.arguments[0];
      if (arg?.type === 'ArrayExpression' && arg.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string'))
        info.enum = arg.elements.map((e) => e.value);
      else if (arg?.type === 'ObjectExpression') {
        try {
          info.keys = this.objectSchemaKeys(module, arg, what, depth + 1);
        } catch {
          // A record or union argument rather than an object schema: no nested keys.
        }
      } else if (n.arguments.length === 1 && arg?.type === 'Literal' && typeof arg.value === 'string') info.literal = arg.value;
      break;
    }
    return info;
  }
}

function iterable(x) {
  if (x instanceof Set || x instanceof Map || Array.isArray(x)) return [...x];
  if (typeof x === 'string') return [...x];
  throw new Unevaluable('spread of a non-iterable');
}

function propertyKey(p, evaluate) {
  if (p.computed) return String(evaluate(p.key));
  if (p.key.type === 'Identifier') return p.key.name;
  return String(p.key.value);
}

/** `import.meta.require("…")` → the module path, else undefined. */
function requiredModule(node) {
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0].type !== 'Literal') return undefined;
  const c = node.callee;
  const isMetaRequire = c.type === 'MemberExpression' && !c.computed && c.property.name === 'require' && c.object.type === 'MetaProperty';
  return isMetaRequire ? String(node.arguments[0].value) : undefined;
}

/** The returned expression of a function with an expression body or a body of one `return`. */
export function returnedExpression(fn) {
  if (fn.type === 'ArrowFunctionExpression' && fn.expression) return fn.body;
  const body = fn.body?.body;
  if (!body || body.length !== 1 || body[0].type !== 'ReturnStatement') return undefined;
  return body[0].argument;
}

/** Visits every node under `node` (depth first), calling `visit(node, parent)`. */
export function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node, parent) === false) return;
  for (const key of Object.keys(node)) {
    if (key === 'start' || key === 'end' || key === 'type') continue;
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit, node);
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}
