import { isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { agentNames, type AgentEntry } from '../names/agents';
import { commandNames, type CommandEntry } from '../names/commands';
import { skillNames, type SkillEntry } from '../names/skills';
import { pluginOfFile, pluginsByName } from '../plugins/plugins';
import { BUILT_IN_AGENTS, BUILT_IN_COMMANDS } from '../spec/builtIns';
import { didYouMean, editDistance, sameLetters } from '../text/similarity';
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
  const loose = looseAgentName(name);
  const looseMatches = names.all.filter((a) => looseAgentName(a.id) === loose);
  const builtinLoose = BUILT_IN_AGENTS.filter((b) => looseAgentName(b) === loose);
  if (looseMatches.length + builtinLoose.length === 1) {
    return { status: 'loose', exact: looseMatches[0]?.id ?? builtinLoose[0]!, targets: looseMatches.map(agentTarget) };
  }
  if (names.all.length === 0) return { status: 'unknown' };
  const scope = name.includes(':') ? name.slice(0, name.lastIndexOf(':')) : undefined;
  // `other-plugin:x` where no plugin of the workspace is named `other-plugin`: installed elsewhere.
  if (scope && !pluginsByName(files, () => files.indexedFiles(), files.roots).has(scope.split(':')[0]!)) return { status: 'unknown' };
  const pool = [...names.byId.keys(), ...BUILT_IN_AGENTS];
  const suggestion = didYouMean(name, pool);
  return { status: 'missing', candidates: names.all.length, ...(suggestion ? { suggestion } : {}) };
}

function resolveSkill(index: WorkspaceIndex, files: WorkspaceFiles, name: string): NameResolution {
  const skills = skillNames(index, files);
  const found = skills.byId.get(name);
  if (found?.length) return { status: 'found', targets: found.map((entry) => ({ kind: 'skill', entry })) };
  if (skills.all.length === 0) return { status: 'unknown' };
  if (name.includes(':') && !pluginsByName(files, () => files.indexedFiles(), files.roots).has(name.slice(0, name.indexOf(':')))) return { status: 'unknown' };
  const suggestion = didYouMean(name, skills.byId.keys());
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
  const pool = [...commands.byId.keys(), ...skills.byId.keys(), ...BUILT_IN_COMMANDS];
  const suggestion = sameLetters(name, pool) ?? (name.length >= 5 ? pool.find((c) => editDistance(name.toLowerCase(), c.toLowerCase(), 1) <= 1) : undefined);
  return { status: 'missing', candidates: total, ...(suggestion ? { suggestion } : {}) };
}

function agentTarget(entry: AgentEntry): NameTarget {
  return { kind: 'agent', entry };
}
