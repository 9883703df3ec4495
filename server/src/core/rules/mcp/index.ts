import type { Rule } from '../types';
import { mcpCommandMissing } from './mcp-command-missing';
import { mcpServerInvalid } from './mcp-server-invalid';

/** Rules for MCP server configuration: `.mcp.json` and a plugin.json's inline `mcpServers`. */
export const mcpRules: readonly Rule[] = [mcpServerInvalid, mcpCommandMissing];
