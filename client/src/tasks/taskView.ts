import { commands, StatusBarAlignment, window, workspace, type Disposable, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TaskSummaryRequest, TaskTreeChangedNotification, type TaskSummary } from '../../../server/src/protocol';
import { onNotification, sendRequest } from '../protocolClient';
import type { TaskViewApi } from '../api';
import type { ServerState } from '../serverState';
import { registerTaskCommands } from './taskCommands';
import { TaskTreeProvider } from './taskTreeProvider';

const SUMMARY_DELAY_MS = 150;

/**
 * The Tasks view: tree, status-bar summary, activity-bar badge, welcome content and reveal of the
 * active task file. All data comes from the server. A workspace without a plan shows a small view
 * of the same name instead (`agentDocs.tasksEmpty`, its size set in package.json), whose welcome
 * text offers to start a plan or to use another folder; the context key `agentDocs.tasks.hasPlan`
 * decides which of the two is shown.
 */
export function registerTaskView(context: ExtensionContext, client: LanguageClient, state: ServerState): TaskViewApi {
  const provider = new TaskTreeProvider(client, state);
  const view = window.createTreeView('agentDocs.tasks', { treeDataProvider: provider, showCollapseAll: true });
  const empty = window.createTreeView('agentDocs.tasksEmpty', { treeDataProvider: { getChildren: () => [], getTreeItem: (x: never) => x } });
  const showState = () => {
    view.message = state.message();
    empty.message = state.message();
  };
  const status = window.createStatusBarItem('agentDocs.taskProgress', StatusBarAlignment.Left, 50);
  status.name = 'Agent Docs Task Progress';
  status.command = 'agentDocs.tasks.focus';
  let statusShown = false;

  const describeFilter = () => {
    const parts = [];
    if (provider.filter !== 'all') parts.push({ inProgress: 'in progress', notDone: 'not done', withProblems: 'with problems' }[provider.filter]);
    if (provider.text) parts.push(`“${provider.text}”`);
    if (provider.sort === 'progress') parts.push('by progress');
    view.description = parts.join(' · ') || undefined;
    void commands.executeCommand('setContext', 'agentDocs.tasks.filtered', provider.filter !== 'all' || provider.text !== '');
  };

  let summaryTimer: NodeJS.Timeout | undefined;
  const updateSummary = () => {
    if (summaryTimer) clearTimeout(summaryTimer);
    summaryTimer = setTimeout(async () => {
      let summary: TaskSummary;
      try {
        await state.whenReady();
        summary = await sendRequest(client, TaskSummaryRequest, {});
      } catch {
        return;
      }
      const { done, total } = summary.progress;
      const hasPlan = summary.epics + summary.stories + summary.tasks > 0;
      // Two keys: before the first summary neither is set, so no welcome text claims there is no plan.
      void commands.executeCommand('setContext', 'agentDocs.tasks.hasPlan', hasPlan);
      void commands.executeCommand('setContext', 'agentDocs.tasks.noPlan', !hasPlan);
      if (summary.tasks === 0 && summary.epics === 0) {
        status.hide();
        statusShown = false;
        view.badge = undefined;
        return;
      }
      const pct = total ? Math.round((done / total) * 100) : 0;
      status.text = `$(checklist) ${pct}% · ${summary.tasksInProgress} in progress`;
      status.tooltip = `Task plan: ${done} of ${total} checklist items done across ${summary.tasks} tasks in ${summary.stories} stories and ${summary.epics} epics. Click to show the Tasks view.`;
      status.show();
      statusShown = true;
      view.badge = summary.tasksInProgress > 0 ? { value: summary.tasksInProgress, tooltip: `${summary.tasksInProgress} tasks in progress` } : undefined;
    }, SUMMARY_DELAY_MS);
  };

  const revealActive = async () => {
    const editor = window.activeTextEditor;
    if (!view.visible || !editor || !workspace.getConfiguration('agentDocs').get<boolean>('tasks.autoReveal', true)) return;
    const node = await provider.findByUri(editor.document.uri.toString());
    if (node) await view.reveal(node, { select: true, focus: false, expand: false });
  };

  const disposables: Disposable[] = [
    view,
    empty,
    status,
    state.onDidChange(showState),
    ...registerTaskCommands(client, provider, view, () => {
      describeFilter();
      provider.refreshAll();
    }),
    onNotification(client, TaskTreeChangedNotification, ({ changes }) => {
      provider.refresh(changes);
      updateSummary();
    }),
    window.onDidChangeActiveTextEditor(() => void revealActive()),
    view.onDidChangeVisibility(() => void revealActive()),
    { dispose: () => summaryTimer && clearTimeout(summaryTimer) },
  ];
  context.subscriptions.push(...disposables);
  describeFilter();
  showState();
  updateSummary();
  return {
    tree: provider,
    view,
    statusBar: () => (statusShown ? { text: status.text, tooltip: typeof status.tooltip === 'string' ? status.tooltip : status.tooltip?.value } : undefined),
  };
}
