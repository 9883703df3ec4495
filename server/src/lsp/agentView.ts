import {
  bindSkills,
  DEFINITION_KEYS,
  definitionsIn,
  INDEXERS,
  RETURN_CODES_KEY,
  routingTable,
  TEMPLATE_KEYS,
  templatesIn,
  type Definition,
  type RoutingTable,
  type TemplateDefinition,
} from '../core';
import { AgentChildrenRequest, AgentTreeChangedNotification, type AgentChildrenParams, type AgentViewNode } from '../protocol';
import type { Session } from './session';
import { bindingNode, codeNode, definitionNode, folderLabel, GROUPS, TEMPLATE_GROUP, templateNode, type ProblemCount } from './agentNodes';

const NOTIFY_DELAY_MS = 100;
const isDefinitionKind = (kind: string) => kind === 'agent' || kind === 'skill' || kind === 'command' || kind === 'mpm-agent-template';

/**
 * Serves the Agents view: the workspace's agents, skills and commands grouped by kind (below one
 * node per folder in a multi-root workspace), each with its problem count, and an agent's return
 * codes with their routing. Tells the client (debounced) when any of that may have changed.
 */
export function registerAgentView(session: Session): void {
  const { connection, service } = session;
  const index = service.index;

  // Problems come from the store the Problems panel uses: the same counts, linted once per change.
  const problems = (uri: string): ProblemCount => session.problems.counts(uri);
  /** The counts the client was last sent per file, to tell whether an edit changed them. */
  const shown = new Map<string, ProblemCount>();
  const ruleKeys = INDEXERS.map((i) => i.key).filter((k) => service.rulesAffectedBy([k]).some((r) => r.kinds.some((kind) => isDefinitionKind(kind))));
  const hasProblems = (d: { uri: string }) => {
    const p = problems(d.uri);
    return p.errors + p.warnings > 0;
  };

  const folders = (): string[] => (session.roots().length ? [...session.roots()] : ['']);
  const routes = (): RoutingTable => index.derived('agentView.routing', [RETURN_CODES_KEY], () => routingTable(index));

  const children = ({ parent, filter }: AgentChildrenParams): AgentViewNode[] => {
    const keep = (list: readonly Definition[]) => (filter === 'withProblems' ? list.filter(hasProblems) : list);
    const keepTemplates = (list: readonly TemplateDefinition[]) => (filter === 'withProblems' ? list.filter(hasProblems) : list);
    const groupsOf = (folder: string): AgentViewNode[] => {
      const all = definitionsIn(index, folder);
      const groups = GROUPS.flatMap(({ group, kind, label }) => {
        const count = keep(all.filter((d) => d.kind === kind)).length;
        return count ? [{ id: `${folder}|${group}`, level: 'group' as const, folder, label, group, count, hasChildren: true }] : [];
      });
      const templates = keepTemplates(templatesIn(index, folder)).length;
      if (templates)
        groups.push({
          id: `${folder}|${TEMPLATE_GROUP.group}`,
          level: 'group',
          folder,
          label: TEMPLATE_GROUP.label,
          group: TEMPLATE_GROUP.group,
          count: templates,
          hasChildren: true,
        });
      return groups;
    };
    if (!parent) {
      if (folders().length === 1) return groupsOf(folders()[0]!);
      return folders().flatMap((folder) => {
        const count = keep(definitionsIn(index, folder)).length + keepTemplates(templatesIn(index, folder)).length;
        if (!count && filter !== 'all') return [];
        return [{ id: folder, level: 'folder' as const, folder, label: folderLabel(folder), count, hasChildren: count > 0 }];
      });
    }
    if (parent.level === 'folder') return groupsOf(parent.id);
    if (parent.level === 'group' && parent.group === TEMPLATE_GROUP.group) {
      return keepTemplates(templatesIn(index, parent.folder)).map((t) => templateNode(t, parent.folder, problems(t.uri)));
    }
    if (parent.level === 'template' && parent.uri) {
      const template = templatesIn(index, parent.folder).find((t) => t.uri === parent.uri);
      return template ? bindSkills(index, template.fact.skills).map((b, i) => bindingNode(b, i, template.uri, parent.folder)) : [];
    }
    if (parent.level === 'group') {
      const kind = GROUPS.find((g) => g.group === parent.group)?.kind;
      return keep(definitionsIn(index, parent.folder).filter((d) => d.kind === kind)).map((d) => {
        const count = problems(d.uri);
        shown.set(d.uri, count);
        return definitionNode(d, parent.folder, count);
      });
    }
    if (parent.level === 'agent' && parent.uri) {
      const agent = routes().agents.find((a) => a.uri === parent.uri);
      return agent ? agent.codes.map((c) => codeNode(c, agent.uri, parent.folder)) : [];
    }
    return [];
  };
  connection.onRequest(AgentChildrenRequest.method, (params: AgentChildrenParams): AgentViewNode[] => children(params));

  // Change notifications, collected for a short while: files whose definition facts changed, and
  // edited definitions whose problem count the client has seen and that now differ (typing in a
  // body mostly changes nothing the view shows).
  const notify = (uris: string[]) => session.notify(AgentTreeChangedNotification.method, { uris });
  const watched = new Set([...DEFINITION_KEYS, ...TEMPLATE_KEYS, ...ruleKeys]);
  const factChanged = new Set<string>();
  const edited = new Map<string, ProblemCount | undefined>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const uris = new Set(factChanged);
    for (const [uri, seen] of edited) {
      if (uris.has(uri) || !seen || !index.has(uri)) continue;
      const now = problems(uri);
      if (now.errors !== seen.errors || now.warnings !== seen.warnings) uris.add(uri);
      shown.set(uri, now);
    }
    factChanged.clear();
    edited.clear();
    if (uris.size) notify([...uris]);
  };
  const schedule = () => {
    timer ??= setTimeout(flush, NOTIFY_DELAY_MS);
  };
  session.onIndexed(() => notify([]));
  // Severities may have changed: every count may be different.
  session.onConfigChanged(() => {
    if (session.isIndexed()) notify([]);
  });
  // Facts elsewhere (an orchestrator's sections, a renamed skill) can change routing and problems.
  index.onDidChange((uri, keys) => {
    if (!session.isIndexed() || !keys.some((k) => watched.has(k))) return;
    factChanged.add(uri);
    schedule();
  });
  // Any edit of a definition can change its problems, even when no fact changed.
  index.onDidUpdate((uri) => {
    const seen = shown.get(uri);
    const kind = index.get(uri)?.kind;
    if (!session.isIndexed() || !kind || !isDefinitionKind(kind)) return;
    if (!edited.has(uri)) edited.set(uri, seen);
    schedule();
  });
}
