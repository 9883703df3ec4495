import { Position, Range, Selection, Uri, ViewColumn, window, workspace, type Disposable, type ExtensionContext, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FlowChangedNotification, FlowGraphRequest, type FlowGraphResult } from '../../../server/src/protocol';
import { onNotification, sendRequest } from '../protocolClient';
import { parseFlowMessage, type FlowMessage, type HostMessage, type ViewGraph } from './messages';

const VIEW_TYPE = 'agentDocs.flow';

/**
 * The Flow view: a webview panel that draws one flow of the workspace (agents, states and
 * orchestrators joined by return codes) from the graph the server computes. One panel at a time;
 * showing it again brings it forward on the flow asked for. It redraws when the server says a
 * flow fact changed. The webview runs only the bundled script (`dist/webview/flow.js`) under a
 * content security policy with a nonce, and every message from it is checked before use.
 */
export class FlowPanel implements Disposable {
  private panel: WebviewPanel | undefined;
  private current: FlowGraphResult | undefined;
  /** The flow to show, by id, once the graph arrives; else the flow of `uri`. */
  private wanted: { flow?: string; uri?: string } = {};
  private ready = false;
  private readonly disposables: Disposable[] = [];
  private readonly listeners = new Set<(graph: ViewGraph) => void>();

  constructor(
    private readonly context: ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(onNotification(client, FlowChangedNotification, () => void this.refresh()));
  }

  /** Opens the view (or brings it forward) on the flow of `uri`, or on the flow it shows. */
  async show(uri?: string): Promise<void> {
    if (uri) this.wanted = { uri };
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(this.panel.viewColumn ?? ViewColumn.Active);
    await this.refresh();
  }

  /** The graph last sent to the webview (for tests and the extension's API). */
  get graph(): ViewGraph | undefined {
    return this.current && this.viewGraph(this.current);
  }

  /** Called with each graph sent to the webview. */
  onDidSendGraph(listener: (graph: ViewGraph) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private createPanel(): WebviewPanel {
    const root = Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    // Beside the file being edited, so that clicking a node opens its file next to the drawing.
    const column = window.activeTextEditor ? ViewColumn.Beside : ViewColumn.Active;
    const panel = window.createWebviewPanel(
      VIEW_TYPE,
      'Flow',
      { viewColumn: column, preserveFocus: false },
      { enableScripts: true, localResourceRoots: [root], retainContextWhenHidden: true },
    );
    panel.iconPath = Uri.joinPath(this.context.extensionUri, 'media', 'flow.svg');
    panel.webview.html = this.html(panel, root);
    this.ready = false;
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        this.ready = false;
      },
      undefined,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage(
      (raw: unknown) => {
        const message = parseFlowMessage(raw);
        if (message) void this.receive(message);
      },
      undefined,
      this.disposables,
    );
    return panel;
  }

  private async receive(message: FlowMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'selectFlow':
        if (this.current?.flows.some((f) => f.id === message.flow)) {
          this.wanted = { flow: message.flow };
          await this.refresh();
        }
        return;
      case 'openNode': {
        const node = this.current?.graph.nodes.find((n) => n.id === message.node);
        if (node) await openAt(node.uri, node.range.start.line, node.range.start.character, this.otherColumn());
        return;
      }
      case 'openRow': {
        const row = this.current?.graph.edges[message.edge]?.rows[message.row];
        if (row) await openAt(row.uri, row.range.start.line, row.range.start.character, this.otherColumn());
        return;
      }
      case 'export':
        await this.export(message.svg, message.name);
        return;
    }
  }

  /** A files' column that is not the panel's, so the drawing stays in sight. */
  private otherColumn(): ViewColumn {
    return this.panel?.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One;
  }

  private async refresh(): Promise<void> {
    if (!this.panel) return;
    const params = this.wanted.flow
      ? { flow: this.wanted.flow }
      : this.wanted.uri
        ? { uri: this.wanted.uri }
        : this.current?.flow
          ? { flow: this.current.flow }
          : {};
    const result = await sendRequest(this.client, FlowGraphRequest, params);
    this.current = result;
    this.wanted = result.flow ? { flow: result.flow } : {};
    const title = result.flows.find((f) => f.id === result.flow)?.title;
    if (this.panel) this.panel.title = title ? `Flow: ${title}` : 'Flow';
    this.post();
  }

  private post(): void {
    if (!this.panel || !this.ready || !this.current) return;
    const graph = this.viewGraph(this.current);
    void this.panel.webview.postMessage({ type: 'graph', graph } satisfies HostMessage);
    for (const l of this.listeners) l(graph);
  }

  /** What the webview needs: labels, verdicts, and paths for people; no URI. */
  private viewGraph(result: FlowGraphResult): ViewGraph {
    const path = (uri: string) => workspace.asRelativePath(Uri.parse(uri), workspace.workspaceFolders !== undefined && workspace.workspaceFolders.length > 1);
    return {
      flows: result.flows.map((f) => ({ id: f.id, title: f.title })),
      flow: result.flow,
      nodes: result.graph.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        label: n.label,
        file: path(n.uri),
        line: n.range.start.line + 1,
        ...(n.missing ? { missing: true } : {}),
        ...(n.deadEnd ? { deadEnd: true } : {}),
      })),
      edges: result.graph.edges.map((e) => ({
        from: e.from,
        to: e.to,
        code: e.code,
        routed: e.routed,
        kind: e.kind,
        declared: e.declared,
        ...(e.end ? { end: e.end } : {}),
        ...(e.description ? { description: e.description } : {}),
        rows: e.rows.map((r) => ({ file: path(r.uri), line: r.range.start.line + 1, role: r.role, text: r.text })),
      })),
    };
  }

  private async export(svg: string, name: string): Promise<void> {
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const target = await window.showSaveDialog({
      title: 'Export the flow as SVG',
      filters: { 'SVG image': ['svg'] },
      ...(folder ? { defaultUri: Uri.joinPath(folder, `${name}.svg`) } : {}),
    });
    if (!target) return;
    await workspace.fs.writeFile(target, new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`));
    void this.panel?.webview.postMessage({ type: 'exported', file: workspace.asRelativePath(target) } satisfies HostMessage);
    void window.showInformationMessage(`Flow exported to ${workspace.asRelativePath(target)}.`);
  }

  private html(panel: WebviewPanel, root: Uri): string {
    const nonce = makeNonce();
    const csp = panel.webview.cspSource;
    const script = panel.webview.asWebviewUri(Uri.joinPath(root, 'flow.js'));
    const style = panel.webview.asWebviewUri(Uri.joinPath(root, 'flow.css'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${csp} data:; font-src ${csp}; style-src ${csp}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Flow</title>
</head>
<body>
<div id="app" aria-live="polite"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

async function openAt(uri: string, line: number, character: number, viewColumn: ViewColumn): Promise<void> {
  const editor = await window.showTextDocument(Uri.parse(uri), { viewColumn, preview: true });
  const pos = new Position(line, character);
  editor.selection = new Selection(pos, pos);
  editor.revealRange(new Range(pos, pos));
}
