/**
 * The language server entry point: `node dist/server.js --stdio` (any LSP client) or started by the
 * VS Code client over IPC. All language knowledge lives in the core; this file only wires LSP.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { limitHeapGrowth } from './lsp/heapLimits';
import { startSession } from './lsp/session';

limitHeapGrowth();

const connection = createConnection(ProposedFeatures.all);
// A client that rejects one of our requests must not end the session: log it and carry on.
process.on('unhandledRejection', (e) => connection.console.error(`agent-docs: unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));
startSession(connection);
connection.listen();
