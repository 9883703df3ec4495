import { isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { agentNames, type AgentEntry, type AgentNames } from '../names/agents';
import { commandNames, type CommandEntry, type CommandNames } from '../names/commands';
import { skillNames, type SkillEntry, type SkillNames } from '../names/skills';
import { pluginOfFile, pluginsByName } from '../plugins/plugins';
import { BUILT_IN_AGENTS, BUILT_IN_COMMANDS } from '../spec/builtIns';
import { didYouMean, sameLettersIn, withinOneEdit } from '../text/similarity';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { NameReference } from './types';

/** A definition a name resolves to. */
export type NameTarget =
  | { readonly kind: 'agent'; readonly entry: AgentEntry }
  | { readonly kind: 'skill'; readonly entry: SkillEntry }
  | { readonly kind: 'command'; readonly entry: CommandEntry };

export type NameResolution =
  /** Resolves as written. */
  | { readonly status: 'found'; readonly targets: readonly NameTarget[] }
  /** One of Claude Code's own agents or commands. */
  | { readonly status: 'builtin' }
  /**
   * A plugin agent named without its plugin: Claude Code matches the scoped identifier exactly, so
   * this finds nothing at run time. `scoped` is the name that works.
   */
  | { readonly status: 'unscoped'; readonly scoped: string; readonly targets: readonly NameTarget[] }
  /**
   * Differs from a definition only in letter case or dashes: `subagent_type` still finds it
   * (Claude Code compares such names loosely when exactly one matches), an `Agent(…)` allowlist or
   * an `@agent-` mention does not.
   */
  | { readonly status: 'loose'; readonly exact: string; readonly targets: readonly NameTarget[] }
  /** Nothing by that name; `suggestion` is a near name that exists. */
  | { readonly status: 'missing'; readonly suggestion?: string; readonly candidates: number }
  /** Cannot be told from this workspace (another plugin's namespace, nothing of this kind defined). */
  | { readonly status: 'unknown' };

/** Claude Code's loose comparison of agent types: NFKC, lower case, no spaces, dashes or underscores. */
export function looseAgentName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{White_Space}\p{Pd}_]+/gu, '');
}

/** Resolves a name reference of a document against the workspace's definitions. */
export function resolveName(index: WorkspaceIndex, files: WorkspaceFiles, fromUri: string, ref: Pick<NameReference, 'kind' | 'name'>): NameResolution {
  if (ref.kind === 'agent') return resolveAgent(index, files, fromUri, ref);
  if (ref.kind === 'skill') return resolveSkill(index, files, ref.name);
  return resolveSlash(index, files, ref.name);
}

function resolveAgent(index: WorkspaceIndex, files: WorkspaceFiles, fromUri: string, ref: Pick<NameReference, 'name'>): NameResolution {
  const names = agentNames(index, files);
  const name = ref.name;
  const exact = names.byId.get(name);
  if (exact?.length) return { status: 'found', targets: exact.map(agentTarget) };
  if (BUILT_IN_AGENTS.includes(name)) return { status: 'builtin' };
  // A bare name of a plugin agent: prefer the plugin the reference is written in.
  const bare = (names.byName.get(name) ?? []).filter((a) => a.plugin && a.id !== name);
  if (bare.length) {
    const own = pluginOfFile(
      files,
      fromUri,
      files.roots.find((r) => isInside(fromUri, r)),
    );
    const mine = own ? bare.filter((a) => a.plugin?.root === own.root) : [];
    const pick = mine.length ? mine : bare.length === 1 ? bare : [];
    if (pick.length) return { status: 'unscoped', scoped: pick[0]!.id, targets: pick.map(agentTarget) };
  }
  const lookup = agentLookup(names);
  const loose = looseAgentName(name);
  const looseMatches = lookup.byLoose.get(loose) ?? [];
  const builtinLoose = BUILT_IN_AGENTS.filter((b) => looseAgentName(b) === loose);
  if (looseMatches.length + builtinLoose.length === 1) {
    return { status: 'loose', exact: looseMatches[0]?.id ?? builtinLoose[0]!, targets: looseMatches.map(agentTarget) };
  }
  if (names.all.length === 0) return { status: 'unknown' };
  const scope = name.includes(':') ? name.slice(0, name.lastIndexOf(':')) : undefined;
  // `other-plugin:x` where no plugin of the workspace is named `other-plugin`: installed elsewhere.
  if (scope && !pluginsByName(files, () => files.indexedFiles(), files.roots).has(scope.split(':')[0]!)) return { status: 'unknown' };
  const suggestion = suggest(lookup.suggestions, name, () => didYouMean(name, [...names.byId.keys(), ...BUILT_IN_AGENTS]));
  return { status: 'missing', candidates: names.all.length, ...(suggestion ? { suggestion } : {}) };
}

function resolveSkill(index: WorkspaceIndex, files: WorkspaceFiles, name: string): NameResolution {
  const skills = skillNames(index, files);
  const found = skills.byId.get(name);
  if (found?.length) return { status: 'found', targets: found.map((entry) => ({ kind: 'skill', entry })) };
  if (skills.all.length === 0) return { status: 'unknown' };
  if (name.includes(':') && !pluginsByName(files, () => files.indexedFiles(), files.roots).has(name.slice(0, name.indexOf(':')))) return { status: 'unknown' };
  const suggestion = suggest(skillSuggestions(skills), name, () => didYouMean(name, skills.byId.keys()));
  return { status: 'missing', candidates: skills.all.length, ...(suggestion ? { suggestion } : {}) };
}

function resolveSlash(index: WorkspaceIndex, files: WorkspaceFiles, written: string): NameResolution {
  // `/project:x` and `/user:x` are how Claude Code once namespaced project and personal commands.
  const name = /^(?:project|user):/.test(written) ? written.slice(written.indexOf(':') + 1) : written;
  const skills = skillNames(index, files);
  const commands = commandNames(index, files);
  const targets: NameTarget[] = [
    ...(commands.byId.get(name) ?? []).map((entry): NameTarget => ({ kind: 'command', entry })),
    ...(skills.byId.get(name) ?? []).map((entry): NameTarget => ({ kind: 'skill', entry })),
  ];
  if (targets.length) return { status: 'found', targets };
  if (BUILT_IN_COMMANDS.includes(name)) return { status: 'builtin' };
  const total = skills.all.length + commands.all.length;
  if (total === 0) return { status: 'unknown' };
  if (name.includes(':') && !pluginsByName(files, () => files.indexedFiles(), files.roots).has(name.slice(0, name.indexOf(':')))) return { status: 'unknown' };
  // `/docs` is as often a folder and `/research` a route as a misspelt command: only a near twin counts.
  const lookup = slashLookup(commands, skills);
  const suggestion = suggest(lookup.suggestions, name, () => {
    const lower = name.toLowerCase();
    return lookup.sameLetters(name) ?? (name.length >= 5 ? lookup.pool[lookup.lower.findIndex((c) => withinOneEdit(lower, c))] : undefined);
  });
  return { status: 'missing', candidates: total, ...(suggestion ? { suggestion } : {}) };
}

/*
 * Lookups built once per names table (tables are rebuilt when the workspace changes, never
 * changed), so that resolving many names does not walk every definition for each: a full lint
 * resolves tens of thousands of names, most of them the same few.
 */
interface AgentLookup {
  readonly byLoose: ReadonlyMap<string, readonly AgentEntry[]>;
  readonly suggestions: Map<string, string | undefined>;
}
const agentLookups = new WeakMap<AgentNames, AgentLookup>();

function agentLookup(names: AgentNames): AgentLookup {
  let lookup = agentLookups.get(names);
  if (!lookup) {
    const byLoose = new Map<string, AgentEntry[]>();
    for (const a of names.all) {
      const key = looseAgentName(a.id);
      const list = byLoose.get(key);
      if (list) list.push(a);
      else byLoose.set(key, [a]);
    }
    lookup = { byLoose, suggestions: new Map() };
    agentLookups.set(names, lookup);
  }
  return lookup;
}

const skillLookups = new WeakMap<SkillNames, Map<string, string | undefined>>();

function skillSuggestions(skills: SkillNames): Map<string, string | undefined> {
  let suggestions = skillLookups.get(skills);
  if (!suggestions) skillLookups.set(skills, (suggestions = new Map()));
  return suggestions;
}

interface SlashLookup {
  readonly skills: SkillNames;
  /** Commands, skills and built-in commands, in the order suggestions prefer them. */
  readonly pool: readonly string[];
  readonly lower: readonly string[];
  readonly sameLetters: (word: string) => string | undefined;
  readonly suggestions: Map<string, string | undefined>;
}
const slashLookups = new WeakMap<CommandNames, SlashLookup>();

function slashLookup(commands: CommandNames, skills: SkillNames): SlashLookup {
  let lookup = slashLookups.get(commands);
  if (!lookup || lookup.skills !== skills) {
    const pool = [...commands.byId.keys(), ...skills.byId.keys(), ...BUILT_IN_COMMANDS];
    lookup = { skills, pool, lower: pool.map((c) => c.toLowerCase()), sameLetters: sameLettersIn(pool), suggestions: new Map() };
    slashLookups.set(commands, lookup);
  }
  return lookup;
}

/** A suggestion for a name, worked out once per names table. */
function suggest(cache: Map<string, string | undefined>, name: string, find: () => string | undefined): string | undefined {
  if (cache.has(name)) return cache.get(name);
  const suggestion = find();
  cache.set(name, suggestion);
  return suggestion;
}

function agentTarget(entry: AgentEntry): NameTarget {
  return { kind: 'agent', entry };
}
