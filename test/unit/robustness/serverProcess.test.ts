/**
 * The server process itself: it must end, not hang or spin, when its client goes away (the pipe
 * breaks or the input ends), so the editor can start a fresh one. The client-side restart is the
 * real-editor suite's test; this is the half that can be checked without an editor.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const SERVER = join(__dirname, '../../../../dist/server.js');

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function startServer() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stdout.on('error', () => {});
  child.stdin.on('error', () => {});
  const initialized = new Promise<void>((resolve) => {
    child.stdout.on('data', () => {
      if (out.includes('"capabilities"')) resolve();
    });
  });
  child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  return { child, initialized, output: () => out };
}

describe('server process', { timeout: 30_000 }, () => {
  it('exits when its input ends without shutdown (the client died)', async () => {
    const { child, initialized } = startServer();
    await initialized;
    const exited = once(child, 'exit');
    child.stdin.end();
    const [code] = (await exited) as [number | null];
    assert.equal(code, 1); // LSP: exit without a prior shutdown request is code 1
  });

  it('exits when the pipe breaks in both directions', async () => {
    const { child, initialized } = startServer();
    await initialized;
    const exited = once(child, 'exit');
    child.stdout.destroy();
    child.stdin.destroy();
    const [code, signal] = (await exited) as [number | null, string | null];
    assert.equal(signal, null, `killed by ${signal}`);
    assert.equal(typeof code, 'number');
  });

  it('shutdown then exit ends with code 0', async () => {
    const { child, initialized, output } = startServer();
    await initialized;
    const exited = once(child, 'exit');
    child.stdin.write(frame({ method: 'initialized', params: {} }));
    child.stdin.write(frame({ id: 2, method: 'shutdown' }));
    while (!output().includes('"id":2')) await new Promise((r) => setTimeout(r, 10));
    child.stdin.write(frame({ method: 'exit' }));
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0);
  });
});
