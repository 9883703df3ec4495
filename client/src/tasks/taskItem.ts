import { MarkdownString, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri } from 'vscode';
import { markdownText } from '../markdown';
import type { TaskTreeNode } from '../../../server/src/protocol';

const BAR_WIDTH = 20;

/** A text progress bar such as `████████░░░░ 62%`, usable in tooltips and hovers. */
export function progressBar(done: number, total: number): string {
  if (total === 0) return '░'.repeat(BAR_WIDTH) + ' no items';
  const filled = Math.round((done / total) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled) + ` ${Math.round((done / total) * 100)}%`;
}

/** The icon's state: the server decides where a node stands; the view only draws it. */
function stateOf(node: TaskTreeNode): 'missing' | 'done' | 'inProgress' | 'todo' | 'problem' {
  if (node.missing) return 'missing';
  return node.state ?? 'todo';
}

const ICONS = {
  missing: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  done: new ThemeIcon('pass-filled', new ThemeColor('testing.iconPassed')),
  inProgress: new ThemeIcon('sync', new ThemeColor('charts.yellow')),
  todo: new ThemeIcon('circle-large-outline', new ThemeColor('descriptionForeground')),
  problem: new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground')),
};

/** Renders a node as a tree item: id and title, progress as text, a state icon and a tooltip. */
export function toTreeItem(node: TaskTreeNode): TreeItem {
  const isItem = node.level === 'item';
  const label = isItem || node.level === 'folder' ? node.title : `${node.id} ${node.title}`;
  const item = new TreeItem(label, node.hasChildren ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
  item.id = `${node.level}:${node.uri ?? ''}:${node.id}`;
  const state = stateOf(node);
  item.iconPath = ICONS[state];
  const { done, total } = node.progress;
  if (!isItem && node.level !== 'folder') {
    const pct = total ? Math.round((done / total) * 100) : 0;
    // `3/3` once complete: the percentage adds nothing there, and the short text keeps a task's
    // title and progress within the default sidebar width at the third level.
    const count = done === total ? `${done}/${total}` : `${done}/${total} · ${pct}%`;
    item.description = node.missing ? 'missing file' : total ? count : (node.status ?? '');
    if (node.problems > 0) item.description += ` · ${node.problems} problem${node.problems === 1 ? '' : 's'}`;
  }
  item.contextValue = [node.level, node.missing ? 'missing' : 'present', node.level === 'story' && !node.missing ? 'canAddTask' : ''].filter(Boolean).join(' ');
  item.tooltip = tooltip(node, state);
  if (node.uri) {
    item.resourceUri = Uri.parse(node.uri);
    item.command = { command: 'agentDocs.tasks.open', title: 'Open', arguments: [node] };
  }
  return item;
}

function tooltip(node: TaskTreeNode, state: string): MarkdownString {
  const md = new MarkdownString();
  if (node.level === 'item') {
    md.appendMarkdown(`**${state === 'done' ? 'Done' : state === 'inProgress' ? 'In progress' : 'To do'}**: `).appendMarkdown(markdownText(node.title));
    md.appendMarkdown('\n\nClick to open; use *Toggle Checklist Item* to advance it.');
    return md;
  }
  md.appendMarkdown(
    `**${node.level === 'folder' ? 'Folder' : node.level[0]!.toUpperCase() + node.level.slice(1)} ${node.level === 'folder' ? '' : node.id}**  \n`,
  );
  md.appendMarkdown(markdownText(node.title));
  md.appendMarkdown('\n\n');
  if (node.missing) md.appendMarkdown('$(warning) No file defines this item; other documents refer to it.\n\n');
  if (node.status) md.appendMarkdown(`Status: \`${node.status}\`  \n`);
  if (node.qaStatus) md.appendMarkdown(`QA: \`${node.qaStatus}\`  \n`);
  const { done, inProgress, todo, total } = node.progress;
  md.appendMarkdown(`\n\`${progressBar(done, total)}\`  \n`);
  md.appendMarkdown(`✅ ${done} done · 🔄 ${inProgress} in progress · ⬜ ${todo} to do\n`);
  if (node.problems) md.appendMarkdown(`\n$(error) ${node.problems} problem${node.problems === 1 ? '' : 's'}\n`);
  if (node.uri) md.appendMarkdown(`\n\n${markdownText(Uri.parse(node.uri).fsPath)}`);
  md.supportThemeIcons = true;
  return md;
}
