import { basename, type Definition, type RoutedCode, type TemplateBinding, type TemplateDefinition } from '../core';
import type { AgentGroup, AgentViewNode, AgentViewState } from '../protocol';

import type { ProblemCount } from './problems';

export type { ProblemCount };

/** The view's groups, in display order, with the kind of document each holds. */
export const GROUPS: readonly { group: AgentGroup; kind: Definition['kind']; label: string }[] = [
  { group: 'agents', kind: 'agent', label: 'Agents' },
  { group: 'skills', kind: 'skill', label: 'Skills' },
  { group: 'commands', kind: 'command', label: 'Commands' },
];

/** claude-mpm's JSON agent templates: listed after the definitions, when the workspace has any. */
export const TEMPLATE_GROUP = { group: 'templates' as const, label: 'Agent templates' };

/** A workspace folder's display name: the last segment of its URI. */
export function folderLabel(folder: string): string {
  return basename(folder) || folder;
}

/** An agent, skill or command as a view node, with its problem counts and state. */
export function definitionNode(d: Definition, folder: string, problems: ProblemCount): AgentViewNode {
  const state: AgentViewState = problems.errors ? 'error' : problems.warnings ? 'warning' : 'ok';
  const s = d.summary;
  return {
    id: d.uri,
    level: d.kind,
    folder,
    label: d.kind === 'command' ? `/${d.name}` : d.name,
    ...(s.description ? { description: s.description } : {}),
    uri: d.uri,
    errors: problems.errors,
    warnings: problems.warnings,
    state,
    ...(s.model ? { model: s.model } : {}),
    ...(s.tools ? { tools: [...s.tools] } : {}),
    ...(d.unnamed ? { unnamed: true } : {}),
    ...(d.namespace ? { namespace: d.namespace } : {}),
    ...(d.flat ? { flat: true } : {}),
    hasChildren: d.kind === 'agent' && d.codes > 0,
  };
}

/** A declared return code as a view node: routed, not routed by some section, or by nobody. */
export function codeNode(code: RoutedCode, agentUri: string, folder: string): AgentViewNode {
  const state: AgentViewState = code.notRoutedBy.length ? 'notRouted' : code.routedBy.length ? 'routed' : 'unrouted';
  // The routing table counts lines from 1, the protocol from 0.
  const site = (s: { uri: string; section: string; line: number }) => ({ uri: s.uri, section: s.section, line: s.line - 1 });
  return {
    id: `${agentUri}#${code.code}:${code.line - 1}`,
    level: 'code',
    folder,
    label: code.code,
    ...(code.description ? { description: code.description } : {}),
    uri: agentUri,
    line: code.line - 1,
    state,
    routedBy: code.routedBy.map(site),
    notRoutedBy: code.notRoutedBy.map(site),
    hasChildren: false,
  };
}

/** A claude-mpm template as a view node: the agent it deploys, with its problems and skill bindings. */
export function templateNode(t: TemplateDefinition, folder: string, problems: ProblemCount): AgentViewNode {
  const state: AgentViewState = problems.errors ? 'error' : problems.warnings ? 'warning' : 'ok';
  const f = t.fact;
  return {
    id: t.uri,
    level: 'template',
    folder,
    label: f.deployedName,
    ...(f.description ? { description: f.description } : {}),
    uri: t.uri,
    errors: problems.errors,
    warnings: problems.warnings,
    state,
    ...(f.model ? { model: f.model } : {}),
    deployedName: f.deployedName,
    ...(f.displayName ? { displayName: f.displayName } : {}),
    hasChildren: f.skills.length > 0,
  };
}

/** One entry of a template's `skills`, with how claude-mpm binds it; opens the skill when there is one. */
export function bindingNode(b: TemplateBinding, index: number, templateUri: string, folder: string): AgentViewNode {
  return {
    id: `${templateUri}#skill:${index}`,
    level: 'binding',
    folder,
    label: b.name,
    ...(b.skill ? { uri: b.skill.uri } : {}),
    template: templateUri,
    state: b.state,
    hasChildren: false,
  };
}
