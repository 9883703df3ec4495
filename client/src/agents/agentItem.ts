import { MarkdownString, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri, workspace } from 'vscode';
import { markdownText } from '../markdown';
import type { AgentViewNode } from '../../../server/src/protocol';
import { fitCode, fitDescription, rowWidth } from '../fit';

const KIND_ICONS = { agent: 'hubot', skill: 'tools', command: 'terminal', folder: 'root-folder', template: 'json', binding: 'tools' } as const;
const GROUP_ICONS = { agents: 'hubot', skills: 'tools', commands: 'terminal', templates: 'json' } as const;

const STATE_ICONS = {
  error: new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground')),
  warning: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  routed: new ThemeIcon('pass-filled', new ThemeColor('testing.iconPassed')),
  notRouted: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  unrouted: new ThemeIcon('circle-slash', new ThemeColor('descriptionForeground')),
  elsewhere: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  unknown: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
};

/** Groups and folders with at most this many entries start expanded. */
export const EXPAND_LIMIT = 50;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 errors · 1 warning`, or '' without problems. */
export function problemText(node: AgentViewNode): string {
  const parts = [];
  if (node.errors) parts.push(plural(node.errors, 'error'));
  if (node.warnings) parts.push(plural(node.warnings, 'warning'));
  return parts.join(' · ');
}

/** The worst kind of problem only (`2 errors`): what the description falls back to when space is short. */
function worstProblemText(node: AgentViewNode): string {
  return node.errors ? plural(node.errors, 'error') : node.warnings ? plural(node.warnings, 'warning') : '';
}

/** How deep a node sits in the tree (1 = top level); a multi-root workspace adds a folder level. */
function depthOf(node: AgentViewNode): number {
  const base = node.level === 'folder' ? 0 : node.level === 'group' ? 1 : node.level === 'code' ? 3 : 2;
  return base + ((workspace.workspaceFolders?.length ?? 0) > 1 ? 1 : 0);
}

/** Renders a node: a state icon, problems (or routing) as description, a tooltip, click to open. */
export function toTreeItem(node: AgentViewNode): TreeItem {
  // Small groups start open; a large one would ask the server to lint all its files at once.
  const open = (node.level === 'group' || node.level === 'folder') && (node.count ?? 0) <= EXPAND_LIMIT;
  const collapsed = open ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed;
  const item = new TreeItem(node.label, node.hasChildren ? collapsed : TreeItemCollapsibleState.None);
  // A file under nested workspace folders is listed once per folder: the folder keeps ids unique.
  item.id = `${node.level}:${node.folder}|${node.id}`;
  switch (node.level) {
    case 'folder':
    case 'group':
      item.iconPath = new ThemeIcon(node.level === 'folder' ? KIND_ICONS.folder : GROUP_ICONS[node.group ?? 'agents']);
      item.description = String(node.count ?? 0);
      break;
    case 'code': {
      item.iconPath = STATE_ICONS[node.state === 'routed' || node.state === 'notRouted' ? node.state : 'unrouted'];
      // Short texts, and none for the usual case (the green icon says it); a code too long for the
      // default sidebar width is shortened in the middle (`SUCCESS_TO_…_ASSURANCE`). The tooltip has
      // it whole and names the orchestrator sections.
      const description = node.state === 'routed' ? '' : node.state === 'notRouted' ? 'not routed' : 'no orchestrator';
      item.label = fitCode(node.label, description, rowWidth(depthOf(node), false));
      item.description = description;
      item.accessibilityInformation = { label: [node.label, description].filter(Boolean).join(', ') };
      break;
    }
    case 'binding':
      // A template's skill binding: bound, or (as claude-mpm logs it) not found.
      item.iconPath = node.state === 'elsewhere' || node.state === 'unknown' ? STATE_ICONS[node.state] : new ThemeIcon(KIND_ICONS.binding);
      item.description = node.state === 'elsewhere' ? 'not bound' : node.state === 'unknown' ? 'no such skill' : '';
      break;
    case 'template':
      item.iconPath = node.state === 'error' || node.state === 'warning' ? STATE_ICONS[node.state] : new ThemeIcon(KIND_ICONS.template);
      // Problems before the display name: at the default sidebar width the description is cut,
      // and the name is also in the tooltip.
      item.description = [problemText(node), node.displayName && node.displayName !== node.label ? node.displayName : ''].filter(Boolean).join(' · ');
      break;
    default: {
      item.iconPath = node.state === 'error' || node.state === 'warning' ? STATE_ICONS[node.state] : new ThemeIcon(KIND_ICONS[node.level]);
      // Longest first: every problem, the worst kind only, then none (the icon, the problem count
      // VS Code draws at the row's end and the tooltip still say it).
      const base = [node.namespace, node.unnamed ? 'no name' : '', node.flat ? 'flat' : ''];
      const forms = [problemText(node), worstProblemText(node), ''].map((p) => [...base, p].filter(Boolean).join(' · '));
      const decorated = (node.errors ?? 0) + (node.warnings ?? 0) > 0;
      item.description = fitDescription(node.label, [...new Set(forms)], rowWidth(depthOf(node), decorated));
    }
  }
  item.contextValue = [node.level, node.uri ? 'hasFile' : '', node.level === 'code' && (node.routedBy?.length || node.notRoutedBy?.length) ? 'hasRoute' : '']
    .filter(Boolean)
    .join(' ');
  item.tooltip = tooltip(node);
  if (node.uri) {
    // Not for codes: the file's problem count drawn at the row's end belongs to the agent's row. A
    // binding opens its skill but has no resource of its own: the tree would decorate it with the
    // problem count of a file it is not.
    if (node.level !== 'code' && node.level !== 'binding') item.resourceUri = Uri.parse(node.uri);
    item.command = { command: 'agentDocs.agents.open', title: 'Open', arguments: [node] };
  }
  return item;
}

function tooltip(node: AgentViewNode): MarkdownString | string {
  if (node.level === 'group' || node.level === 'folder') return `${node.label}: ${node.count ?? 0}`;
  const md = new MarkdownString('', true);
  if (node.level === 'code') {
    md.appendMarkdown('**Return code** ').appendMarkdown(`\`${node.label}\``);
    if (node.description) md.appendMarkdown('\n\n').appendMarkdown(markdownText(node.description));
    md.appendMarkdown('\n\n');
    for (const s of node.routedBy ?? [])
      md.appendMarkdown('$(pass) Routed by ')
        .appendMarkdown(markdownText(`${workspace.asRelativePath(Uri.parse(s.uri))}:${s.line + 1} (### ${s.section})`))
        .appendMarkdown('  \n');
    for (const s of node.notRoutedBy ?? []) {
      md.appendMarkdown('$(warning) Not routed by ')
        .appendMarkdown(markdownText(`${workspace.asRelativePath(Uri.parse(s.uri))}:${s.line + 1} (### ${s.section})`))
        .appendMarkdown('  \n');
    }
    if (node.state === 'unrouted') md.appendMarkdown('$(circle-slash) No orchestrator has a section for this agent.  \n');
    return md;
  }
  if (node.level === 'binding') {
    md.appendMarkdown('**Skill binding** ').appendMarkdown(markdownText(node.label));
    const what = {
      bound: 'Bound: claude-mpm finds this flat skill by its file name.',
      elsewhere:
        "Not bound: claude-mpm looks a template's skills up by file name among its flat skills (skills/bundled/<name>.md), and only another skill has this name.",
      unknown: 'Not bound: no skill of this name in the workspace or the skill folders.',
    }[node.state as 'bound' | 'elsewhere' | 'unknown'];
    if (what) md.appendMarkdown('\n\n').appendMarkdown(markdownText(what));
    if (node.uri) md.appendMarkdown('\n\n').appendMarkdown(markdownText(workspace.asRelativePath(Uri.parse(node.uri))));
    return md;
  }
  const kind = { agent: 'Agent', skill: 'Skill', command: 'Command', template: 'claude-mpm agent template' }[node.level];
  md.appendMarkdown(`**${kind}** `).appendMarkdown(markdownText(node.label));
  if (node.level === 'template')
    md.appendMarkdown('\n\nDeploys the Claude Code agent ')
      .appendMarkdown(`\`${node.deployedName ?? node.label}\``)
      .appendMarkdown(markdownText(node.displayName ? ` (${node.displayName})` : ''))
      .appendMarkdown('.');
  if (node.flat) md.appendMarkdown('\n\nA flat claude-mpm skill (`<name>.md`), named by its file.');
  if (node.unnamed) md.appendMarkdown('\n\n$(warning) No `name` in the frontmatter: Claude Code does not load this agent.');
  if (node.description) md.appendMarkdown('\n\n').appendMarkdown(markdownText(node.description));
  md.appendMarkdown('\n\n');
  if (node.model) md.appendMarkdown('Model: ').appendMarkdown(markdownText(node.model)).appendMarkdown('  \n');
  if (node.tools?.length)
    md.appendMarkdown(node.level === 'agent' ? 'Tools: ' : 'Allowed tools: ')
      .appendMarkdown(markdownText(node.tools.join(', ')))
      .appendMarkdown('  \n');
  const problems = problemText(node);
  md.appendMarkdown(problems ? `$(${node.errors ? 'error' : 'warning'}) ` : '$(check) ')
    .appendMarkdown(markdownText(problems || 'No problems'))
    .appendMarkdown('  \n');
  if (node.uri) md.appendMarkdown('\n').appendMarkdown(markdownText(workspace.asRelativePath(Uri.parse(node.uri))));
  return md;
}
