import type { ParsedDocument } from '../document/parse';
import { get, type JsonObject, type JsonProperty } from '../json/model';
import { rootObject } from './json';

/**
 * The MCP servers of a document, by name: `.mcp.json`'s `mcpServers` (or, as Claude Code also
 * reads it, the file's own keys when it has no `mcpServers`), or a plugin.json's inline `mcpServers`.
 */
export function mcpServers(doc: ParsedDocument): JsonProperty[] {
  const root = rootObject(doc);
  if (!root) return [];
  const servers = get(root, 'mcpServers');
  if (servers?.type === 'object') return servers.properties;
  if (doc.kind === 'mcp' && !servers) return root.properties;
  return [];
}

/** A server's configuration object, when it is one. */
export function serverConfig(server: JsonProperty): JsonObject | undefined {
  return server.value?.type === 'object' ? server.value : undefined;
}
