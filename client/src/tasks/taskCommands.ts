import { commands, env, Position, Range, Selection, Uri, window, workspace, WorkspaceEdit, type Disposable, type TreeView } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChecklistToggleRequest, NewPlanItemRequest, type TaskFilter, type TaskSort, type TaskTreeNode } from '../../../server/src/protocol';
import { sendRequest } from '../protocolClient';
import { choosePlanFolder } from '../locations';
import type { TaskTreeProvider } from './taskTreeProvider';

const FILTERS: { label: string; value: TaskFilter; detail: string }[] = [
  { label: 'All', value: 'all', detail: 'Every epic, story and task' },
  { label: 'In progress', value: 'inProgress', detail: 'Items with work under way' },
  { label: 'Not done', value: 'notDone', detail: 'Items not yet complete' },
  { label: 'With problems', value: 'withProblems', detail: 'Items whose files have diagnostics' },
];

/** Registers the task view's commands from one table. */
export function registerTaskCommands(
  client: LanguageClient,
  provider: TaskTreeProvider,
  view: TreeView<TaskTreeNode>,
  onFilterChanged: () => void,
): Disposable[] {
  // VS Code passes a command whatever its caller gives: each handler declares what it accepts.
  const table: Record<string, (...args: never[]) => unknown> = {
    'agentDocs.tasks.refresh': () => provider.refreshAll(),
    // A filter value as argument (from a keybinding's `args` or another extension) skips the pick.
    'agentDocs.tasks.filter': async (value?: unknown) => {
      const given = FILTERS.find((f) => f.value === value);
      const pick =
        given ??
        (await window.showQuickPick(
          FILTERS.map((f) => ({ ...f, picked: f.value === provider.filter })),
          { title: 'Show tasks' },
        ));
      if (!pick) return;
      provider.filter = pick.value;
      onFilterChanged();
    },
    'agentDocs.tasks.filterText': async () => {
      const text = await window.showInputBox({ title: 'Filter tasks by id or title', value: provider.text, placeHolder: 'e.g. 0001.02 or login' });
      if (text === undefined) return;
      provider.text = text.trim();
      onFilterChanged();
    },
    'agentDocs.tasks.clearFilter': () => {
      provider.filter = 'all';
      provider.text = '';
      onFilterChanged();
    },
    'agentDocs.tasks.sort': async () => {
      const pick = await window.showQuickPick(
        [
          { label: 'By ID', value: 'id' as TaskSort },
          { label: 'By progress', value: 'progress' as TaskSort, detail: 'Least complete first' },
        ],
        { title: 'Sort tasks' },
      );
      if (!pick) return;
      provider.sort = pick.value;
      onFilterChanged();
    },
    'agentDocs.tasks.open': async (node?: TaskTreeNode) => {
      const target = node ?? view.selection[0];
      if (!target?.uri) return;
      const editor = await window.showTextDocument(Uri.parse(target.uri), { preview: true });
      if (target.line !== undefined) {
        const pos = new Position(target.line, 0);
        editor.selection = new Selection(pos, pos);
        editor.revealRange(new Range(pos, pos));
      }
    },
    'agentDocs.tasks.revealInExplorer': (node?: TaskTreeNode) => {
      const target = node ?? view.selection[0];
      if (target?.uri) return commands.executeCommand('revealInExplorer', Uri.parse(target.uri));
      return undefined;
    },
    'agentDocs.tasks.copyId': async (node?: TaskTreeNode) => {
      const target = node ?? view.selection[0];
      if (!target || target.level === 'item' || target.level === 'folder') return;
      await env.clipboard.writeText(target.id);
      window.setStatusBarMessage(`Copied ${target.id}`, 2000);
    },
    'agentDocs.tasks.toggleItem': async (node?: TaskTreeNode) => {
      const target = node ?? view.selection[0];
      if (!target?.uri || target.line === undefined || target.level !== 'item') return;
      const edit = await sendRequest(client, ChecklistToggleRequest, { uri: target.uri, line: target.line });
      if (!edit) return;
      const we = new WorkspaceEdit();
      const r = edit.range;
      we.replace(Uri.parse(target.uri), new Range(r.start.line, r.start.character, r.end.line, r.end.character), edit.newText);
      if (!(await workspace.applyEdit(we))) window.showErrorMessage('agent-docs: the checklist item could not be changed (the file may have changed).');
    },
    'agentDocs.tasks.createNextTask': (node?: TaskTreeNode) => createPlanItem(client, node ?? view.selection[0], 'task'),
    'agentDocs.tasks.createFirstEpic': () => createPlanItem(client, undefined, 'epic'),
    'agentDocs.tasks.choosePlanFolder': () => choosePlanFolder(client),
  };
  return Object.entries(table).map(([id, run]) => commands.registerCommand(id, run));
}

async function createPlanItem(client: LanguageClient, parent: TaskTreeNode | undefined, what: 'epic' | 'task'): Promise<void> {
  if (what === 'task' && parent?.level !== 'story') return;
  const folder = parent?.folder ?? (await pickFolder());
  if (!folder) return;
  const name = await window.showInputBox({
    title: what === 'epic' ? 'Name of the first epic' : `New task in story ${parent!.id}`,
    placeHolder: what === 'epic' ? 'e.g. Shopping List' : 'e.g. Save Item',
    validateInput: (v) => (v.trim() ? undefined : 'A name is required'),
  });
  if (!name) return;
  const planned = await sendRequest(client, NewPlanItemRequest, { folder, name: name.trim(), ...(parent ? { parentId: parent.id } : {}) });
  if (!planned) {
    window.showErrorMessage('agent-docs: could not work out where the new file goes.');
    return;
  }
  const uri = Uri.parse(planned.uri);
  const we = new WorkspaceEdit();
  we.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(planned.content) });
  if (!(await workspace.applyEdit(we))) {
    window.showErrorMessage(`agent-docs: ${uri.fsPath} could not be created (does it exist already?).`);
    return;
  }
  await window.showTextDocument(uri);
}

async function pickFolder(): Promise<string | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri.toString();
  const pick = await window.showWorkspaceFolderPick({ placeHolder: 'Folder for the plan' });
  return pick?.uri.toString();
}
