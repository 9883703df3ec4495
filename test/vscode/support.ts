/// <reference types="vscode" />
/** Helpers for the extension tests: open fixture files, wait on editor events with deadlines. */
import * as vscode from 'vscode';
import type { AgentDocsApi, TreeApi } from '../../client/src/api';

/** The workspace folder of the scenario. */
export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the scenario opens no workspace folder');
  return folder.uri;
}

/** The extension under test, activated (activation errors surface here rather than as a timeout). */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension('agent-docs.agent-docs');
  if (!ext) throw new Error(`agent-docs.agent-docs is not loaded; extensions: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  await ext.activate();
  return ext;
}

/** Opens a workspace-relative file in an editor (which makes VS Code send didOpen to the server). */
export async function open(relativePath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), relativePath));
  return vscode.window.showTextDocument(doc);
}

/**
 * Resolves with the value of `probe` as soon as it is defined, re-checking whenever one of
 * `events` fires and every 500 ms; rejects after `timeoutMs` with `what` in the message.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  events: vscode.Event<unknown>[] = [],
  timeoutMs = 60_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const finish = (err: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      clearTimeout(deadline);
      for (const s of subs) s.dispose();
      if (err) reject(err);
      else resolve(value as T);
    };
    const check = async () => {
      try {
        const v = await probe();
        if (v !== undefined) finish(undefined, v);
      } catch (e) {
        finish(e as Error);
      }
    };
    for (const e of events) subs.push(e(() => void check()));
    const timer = setInterval(() => void check(), 500);
    const deadline = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    void check();
  });
}

/** Waits until the diagnostics of `uri` from agent-docs satisfy `accept`, and returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (d: vscode.Diagnostic[]) => boolean,
  timeoutMs = 60_000,
): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'agent-docs');
  try {
    return await waitFor(what, () => (accept(ours()) ? ours() : undefined), [vscode.languages.onDidChangeDiagnostics], timeoutMs);
  } catch (e) {
    // Say what was there instead, so a failure explains itself.
    const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}/${ruleId(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const elsewhere = vscode.languages
      .getDiagnostics()
      .filter(([, d]) => d.length)
      .map(([u, d]) => `${u.toString()} (${d.length})`);
    const here = `diagnostics of ${uri.toString()} (${doc?.languageId ?? 'not open'}): ${seen.length ? seen.join(' | ') : 'none'}`;
    throw new Error(`${(e as Error).message}; ${here}; with diagnostics: ${elsewhere.join(', ') || 'no document'}`, { cause: e });
  }
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when it links to the docs). */
export function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The extension's public API (`activate()`'s result, documented in docs/sidebar.md). */
export async function api(): Promise<AgentDocsApi> {
  const api = (await activeExtension()).exports as AgentDocsApi | undefined;
  if (!api || api.apiVersion !== 1) throw new Error(`agent-docs exports no API version 1: ${JSON.stringify(api)}`);
  return api;
}

/** A tree item's label as text (labels may be `{ label, highlights }`). */
export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** `label — description` of each child of `node`, as the view draws them. */
export async function rows<T>(tree: TreeApi<T>, node?: T): Promise<string[]> {
  const children = await tree.getChildren(node);
  return Promise.all(
    children.map(async (c) => {
      const item = await tree.getTreeItem(c);
      return item.description ? `${labelOf(item)} — ${String(item.description)}` : labelOf(item);
    }),
  );
}

/** The child of `node` whose label is `label`; fails with the labels there otherwise. */
export async function child<T>(tree: TreeApi<T>, node: T | undefined, label: string): Promise<T> {
  const children = await tree.getChildren(node);
  for (const c of children) if (labelOf(await tree.getTreeItem(c)) === label) return c;
  throw new Error(`no child "${label}"; have: ${(await rows(tree, node)).join(' | ')}`);
}

/** The node reached by following labels from the top (`Agents`, `developer`, …). */
export async function nodeAt<T>(tree: TreeApi<T>, labels: readonly string[]): Promise<T | undefined> {
  let node: T | undefined;
  for (const l of labels) node = await child(tree, node, l);
  return node;
}

/** The theme icon id a node is drawn with. */
export async function iconOf<T>(tree: TreeApi<T>, node: T): Promise<string | undefined> {
  return ((await tree.getTreeItem(node)).iconPath as vscode.ThemeIcon | undefined)?.id;
}

/** Waits until the rows under `labels` are `expected`, re-reading on each tree change. */
export function rowsBecome<T>(tree: () => TreeApi<T>, expected: string[], labels: readonly string[] = []): Promise<string[]> {
  let last: string[] = [];
  return waitFor(
    `rows ${JSON.stringify(expected)}`,
    async () => {
      last = await rows(tree(), await nodeAt(tree(), labels));
      return JSON.stringify(last) === JSON.stringify(expected) ? last : undefined;
    },
    [tree().onDidChangeTreeData],
    30_000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}; last seen ${JSON.stringify(last)}`);
  });
}
