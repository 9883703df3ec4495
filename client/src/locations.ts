import { ConfigurationTarget, Uri, window, workspace, type QuickPickItem, type WorkspaceFolder } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentLocationsRequest, type DocumentLocations } from '../../server/src/protocol';
import { sendRequest } from './protocolClient';

type Kind = 'agent' | 'task';

/**
 * "Configure Agent Locations…" (the Agents view's empty state): offers the folders whose Markdown
 * files look like agents, then adds the chosen ones to the agent globs, in the workspace settings
 * or in the config file.
 */
export async function configureAgentLocations(client: LanguageClient): Promise<void> {
  const folder = await pickWorkspaceFolder('Workspace folder to configure');
  if (!folder) return;
  const current = await sendRequest(client, DocumentLocationsRequest, { folder: folder.uri.toString(), kind: 'agent' });
  const other: QuickPickItem = { label: '$(folder-opened) Choose a folder…', alwaysShow: true };
  const items: (QuickPickItem & { folder?: string })[] = [
    ...current.candidates.map((c) => ({
      label: c.folder,
      description: `${c.files} ${c.files === 1 ? 'file' : 'files'} with a name and a description`,
      picked: true,
      folder: c.folder,
    })),
    other,
  ];
  const picks = await window.showQuickPick(items, {
    title: 'Where are your agents?',
    placeHolder: current.candidates.length ? 'Folders whose Markdown files look like agents' : 'No folder looks like agents; choose one',
    canPickMany: true,
  });
  if (!picks?.length) return;
  const folders = picks.flatMap((p) => (p.folder !== undefined ? [p.folder] : []));
  if (picks.includes(other)) {
    const chosen = await chooseFolder(folder, 'Use as agent folder');
    if (chosen === undefined) return;
    folders.push(chosen);
  }
  await addFolders(client, folder, 'agent', folders);
}

/** "Use Another Folder…" (the Tasks view's empty state): adds a folder to the task plan's globs. */
export async function choosePlanFolder(client: LanguageClient): Promise<void> {
  const folder = await pickWorkspaceFolder('Workspace folder of the plan');
  if (!folder) return;
  const chosen = await chooseFolder(folder, 'Use as task plan folder');
  if (chosen === undefined) return;
  await addFolders(client, folder, 'task', [chosen]);
}

async function addFolders(client: LanguageClient, folder: WorkspaceFolder, kind: Kind, folders: string[]): Promise<void> {
  if (!folders.length) return;
  const answer = await sendRequest(client, DocumentLocationsRequest, { folder: folder.uri.toString(), kind, add: folders });
  const globs = answer.proposed ?? answer.globs;
  const target = await pickTarget(answer);
  if (!target) return;
  if (target === 'settings') {
    const config = workspace.getConfiguration('agentDocs', folder.uri);
    const documents = { ...(config.get<Record<string, string[]>>('documents') ?? {}), [kind]: globs };
    const scope = (workspace.workspaceFolders?.length ?? 0) > 1 ? ConfigurationTarget.WorkspaceFolder : ConfigurationTarget.Workspace;
    await config.update('documents', documents, scope);
  } else {
    const uri = answer.configFile ? Uri.parse(answer.configFile) : Uri.joinPath(folder.uri, 'agent-docs.config.json');
    if (!(await writeConfigFile(uri, kind, globs))) return;
  }
  const what = kind === 'agent' ? 'Agents' : 'The task plan';
  window.setStatusBarMessage(`${what} will also be read from ${folders.join(', ')}`, 5000);
}

async function pickTarget(answer: DocumentLocations): Promise<'settings' | 'file' | undefined> {
  const file = {
    label: answer.configFile ? 'agent-docs.config.json' : 'New agent-docs.config.json',
    description: 'shared with the team and the CLI',
    value: 'file' as const,
  };
  const settings = { label: 'Workspace settings', description: 'agentDocs.documents, this editor only', value: 'settings' as const };
  const pick = await window.showQuickPick(answer.configFile ? [file, settings] : [settings, file], { title: 'Save the locations in' });
  return pick?.value;
}

/** Sets `documents.<kind>` in a config file (created when missing), keeping everything else. */
async function writeConfigFile(uri: Uri, kind: Kind, globs: string[]): Promise<boolean> {
  let config: Record<string, unknown> = {};
  try {
    const text = new TextDecoder().decode(await workspace.fs.readFile(uri));
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    config = parsed as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof Error && /ENOENT|EntryNotFound|FileNotFound/.test(`${(e as { code?: string }).code ?? ''} ${e.message}`))) {
      window.showErrorMessage(`agent-docs: ${workspace.asRelativePath(uri)} could not be read as JSON (${(e as Error).message}); nothing was changed.`);
      return false;
    }
  }
  const documents = typeof config['documents'] === 'object' && config['documents'] !== null ? (config['documents'] as Record<string, unknown>) : {};
  config['documents'] = { ...documents, [kind]: globs };
  await workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));
  return true;
}

/** A folder inside the workspace folder, as a workspace-relative path; undefined when cancelled or outside. */
async function chooseFolder(folder: WorkspaceFolder, openLabel: string): Promise<string | undefined> {
  const picked = await window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder.uri, openLabel });
  const uri = picked?.[0];
  if (!uri) return undefined;
  const base = folder.uri.path.replace(/\/$/, '');
  if (uri.path !== base && !uri.path.startsWith(`${base}/`)) {
    window.showErrorMessage(`agent-docs: choose a folder inside ${folder.name}.`);
    return undefined;
  }
  const relative = uri.path.slice(base.length + 1);
  if (!relative) {
    window.showErrorMessage('agent-docs: choose a folder below the workspace folder, not the workspace folder itself.');
    return undefined;
  }
  return relative;
}

async function pickWorkspaceFolder(placeHolder: string): Promise<WorkspaceFolder | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return window.showWorkspaceFolderPick({ placeHolder });
}
