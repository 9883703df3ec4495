// A small LSP client over stdio (JSON-RPC with Content-Length framing), enough to time a server:
// requests with promises, notifications to listeners, and answers to the server's own requests.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export class LspClient {
  /** Starts `node SERVER --stdio`. */
  constructor(serverPath, { cwd } = {}) {
    this.child = spawn(process.execPath, [...(process.env.AGENT_DOCS_BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean), serverPath, '--stdio'], {
      cwd,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
    this.buffer = Buffer.alloc(0);
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
  }

  get pid() {
    return this.child.pid;
  }

  onData(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body), performance.now());
    }
  }

  dispatch(message, at) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(message.error.message));
      else p?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server (configuration, registrations): answer with nothing.
      const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null;
      this.write({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    for (const l of this.listeners.get(message.method) ?? []) l(message.params, at);
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Calls `listener(params, receivedAt)` for every notification `method`; returns an unsubscribe. */
  on(method, listener) {
    if (!this.listeners.has(method)) this.listeners.set(method, new Set());
    this.listeners.get(method).add(listener);
    return () => this.listeners.get(method).delete(listener);
  }

  /** Resolves with [params, receivedAt] of the first notification `method` that passes `test`. */
  waitFor(method, test = () => true, timeoutMs = 600_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out waiting for ${method}`));
      }, timeoutMs);
      const off = this.on(method, (params, at) => {
        if (!test(params)) return;
        clearTimeout(timer);
        off();
        resolve([params, at]);
      });
    });
  }

  async shutdown() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await this.exited;
  }
}
