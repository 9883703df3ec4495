import { resolveSegments, type Resolution } from '../files/resolve';
import { dirOf, nameOf } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { get, type JsonNode, type JsonObject, type JsonString } from '../json/model';

/** The component fields of plugin.json (and of a marketplace entry) whose values are paths. */
export const COMPONENT_PATH_FIELDS: readonly string[] = [
  'commands',
  'agents',
  'skills',
  'hooks',
  'mcpServers',
  'lspServers',
  'outputStyles',
  'themes',
  'monitors',
  'workflows',
];

/** A path written in a manifest, with the field it belongs to. */
export interface ManifestPath {
  readonly field: string;
  readonly node: JsonString;
}

/** Every component path of a manifest object (plugin.json, or a marketplace entry), in source order. */
export function componentPaths(object: JsonObject): ManifestPath[] {
  const out: ManifestPath[] = [];
  const add = (field: string, node: JsonNode | undefined) => {
    if (node?.type === 'string' && node.value.startsWith('./')) out.push({ field, node });
    else if (node?.type === 'array') for (const item of node.items) add(field, item);
    else if (node?.type === 'object' && field === 'commands') for (const p of node.properties) add(field, get(p.value, 'source'));
  };
  for (const field of COMPONENT_PATH_FIELDS) add(field, get(object, field));
  const experimental = get(object, 'experimental');
  if (experimental?.type === 'object') for (const p of experimental.properties) add(`experimental.${p.key}`, p.value);
  return out;
}

/** The folder of a plugin whose manifest is `manifestUri` (`<root>/.claude-plugin/plugin.json`). */
export function pluginRootOfManifest(manifestUri: string): string {
  return dirOf(dirOf(manifestUri));
}

/** Resolves a `./…` path against a folder; `..` never reaches here (the manifest rule refuses it). */
export function resolveRelative(files: WorkspaceFiles, base: string, path: string): Resolution {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { status: 'unknown' };
  const resolution = resolveSegments(files, base, path.endsWith('/') ? [...segments, ''] : segments);
  return resolution;
}

/** "`./agent.md`" or, for a suggestion URI, its name. */
export function suggestionText(uri: string | undefined): string {
  return uri ? ` Did you mean \`${nameOf(uri)}\`?` : '';
}
