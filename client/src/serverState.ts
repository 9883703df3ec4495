import { commands, EventEmitter, type Disposable, type Event } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { IndexedNotification, IndexingNotification } from '../../server/src/protocol';
import { onNotification } from './protocolClient';

/**
 * Whether the language server has indexed the workspace, for views that must not say "nothing
 * found" while it is still starting or indexing. Follows `agentDocs/indexing` and
 * `agentDocs/indexed`, starts over when the client starts a new server, and keeps the context key
 * `agentDocs.ready` (welcome texts show only once it is true).
 */
export class ServerState implements Disposable {
  private ready = false;
  private files: number | undefined;
  private waiting: (() => void)[] = [];
  private readonly changed = new EventEmitter<void>();
  /** Fires when the indexing message or readiness changes. */
  readonly onDidChange: Event<void> = this.changed.event;
  private readonly disposables: Disposable[];

  constructor(client: LanguageClient) {
    this.disposables = [
      this.changed,
      onNotification(client, IndexingNotification, ({ files }) => {
        this.files = files;
        this.changed.fire();
      }),
      onNotification(client, IndexedNotification, () => this.setReady(true)),
      // A restarted server (after a crash) indexes again.
      client.onDidChangeState((e) => {
        if (e.newState === State.Starting) {
          this.files = undefined;
          this.setReady(false);
        }
      }),
    ];
    void commands.executeCommand('setContext', 'agentDocs.ready', false);
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Resolves once the workspace is indexed. */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** What a view says while the server is not ready (`Indexing 1,234 files…`); undefined once it is. */
  message(): string | undefined {
    if (this.ready) return undefined;
    return this.files === undefined ? 'Indexing the workspace…' : `Indexing ${this.files.toLocaleString('en-US')} ${this.files === 1 ? 'file' : 'files'}…`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private setReady(ready: boolean): void {
    if (this.ready === ready) return;
    this.ready = ready;
    void commands.executeCommand('setContext', 'agentDocs.ready', ready);
    if (ready) for (const resolve of this.waiting.splice(0)) resolve();
    this.changed.fire();
  }
}
