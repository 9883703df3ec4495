/**
 * The language server entry point: `node dist/server.js --stdio` (any LSP client) or started by the
 * VS Code client over IPC. All language knowledge lives in the core; this file only wires LSP.
 */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './lsp/session';

// The server is long-lived and its live heap is small (the index holds facts, not documents), but
// indexing a large workspace allocates in a burst, after which V8 keeps the heap it grew to. A
// smaller growing factor made the server's memory after indexing 50,000 tasks ~25 % smaller at no measured
// cost in indexing time (docs/PERFORMANCE.md). Set before anything is allocated in bulk.
setFlagsFromString('--heap-growing-percent=15');

const connection = createConnection(ProposedFeatures.all);
// A client that rejects one of our requests must not end the session: log it and carry on.
process.on('unhandledRejection', (e) => connection.console.error(`agent-docs: unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));
startSession(connection);
connection.listen();
