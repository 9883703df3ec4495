import type { Framework } from '../framework/detect';
import type { JsonKind } from '../types';
import type { JsonDialect } from './parse';

/** How a kind of JSON document is found: by the end of its workspace-relative path. */
export interface JsonKindSpec {
  readonly kind: JsonKind;
  /**
   * The file's own name: hosts list only files with one of these names (plus Markdown). Kinds
   * without a fixed name (claude-mpm's templates) are listed by `path`.
   */
  readonly fileName?: string;
  /** Matches the workspace-relative path (forward slashes). */
  readonly path: RegExp;
  /** The same as a glob, for editors' document selectors. */
  readonly glob: string;
  /** Claude Code reads all of these with `JSON.parse`: comments and trailing commas are errors. */
  readonly dialect: JsonDialect;
  /** For people: what the file is. */
  readonly title: string;
  /** Who reads the file, for messages (default: Claude Code). */
  readonly reader?: string;
  /** Only files of this framework are of this kind. */
  readonly framework?: Framework;
}

/**
 * Claude Code's JSON files, by the layout it reads them from (checked against 2.1.332's
 * `claude plugin validate`). Classified by path only, so a fixed layout and not a setting; a
 * `hooks.json` is a plugin's when it sits in a `hooks/` folder. Add a kind here (and to `JsonKind`).
 */
export const JSON_KINDS: readonly JsonKindSpec[] = [
  {
    kind: 'plugin-manifest',
    fileName: 'plugin.json',
    path: /(?:^|\/)\.claude-plugin\/plugin\.json$/,
    glob: '**/.claude-plugin/plugin.json',
    dialect: 'json',
    title: 'plugin manifest',
  },
  {
    kind: 'marketplace',
    fileName: 'marketplace.json',
    path: /(?:^|\/)\.claude-plugin\/marketplace\.json$/,
    glob: '**/.claude-plugin/marketplace.json',
    dialect: 'json',
    title: 'marketplace manifest',
  },
  { kind: 'hooks', fileName: 'hooks.json', path: /(?:^|\/)hooks\/hooks\.json$/, glob: '**/hooks/hooks.json', dialect: 'json', title: 'hooks file' },
  { kind: 'mcp', fileName: '.mcp.json', path: /(?:^|\/)\.mcp\.json$/, glob: '**/.mcp.json', dialect: 'json', title: 'MCP server configuration' },
  // claude-mpm reads its templates with Python's `json.loads`: strict JSON too.
  {
    kind: 'mpm-agent-template',
    path: /(?:^|\/)agents\/templates\/[^/]+\.json$/,
    glob: '**/agents/templates/*.json',
    dialect: 'json',
    title: 'agent template',
    reader: 'claude-mpm',
    framework: 'claude-mpm',
  },
];

/** Every JSON kind, for rules that serve them all. */
export const JSON_DOCUMENT_KINDS: readonly JsonKind[] = JSON_KINDS.map((k) => k.kind);

const BY_KIND: ReadonlyMap<JsonKind, JsonKindSpec> = new Map(JSON_KINDS.map((k) => [k.kind, k]));
const FILE_NAMES: ReadonlySet<string> = new Set(JSON_KINDS.flatMap((k) => (k.fileName ? [k.fileName] : [])));
const BY_PATH: readonly RegExp[] = JSON_KINDS.flatMap((k) => (k.fileName ? [] : [k.path]));

/**
 * The JSON kind of a workspace-relative path, if it is one of Claude Code's JSON files (or, for a
 * file of a claude-mpm project, one of claude-mpm's).
 */
export function classifyJson(relativePath: string, framework: Framework = 'claude-code'): JsonKind | undefined {
  if (!relativePath.endsWith('.json')) return undefined;
  return JSON_KINDS.find((k) => (!k.framework || k.framework === framework) && k.path.test(relativePath))?.kind;
}

export function isJsonKind(kind: string): kind is JsonKind {
  return BY_KIND.has(kind as JsonKind);
}

export function jsonKindSpec(kind: JsonKind): JsonKindSpec {
  return BY_KIND.get(kind)!;
}

/** Whether a file name (no folder) can be a JSON document of ours: hosts list only those. */
export function isJsonDocumentName(name: string): boolean {
  return FILE_NAMES.has(name);
}

/** Whether a file path (`/` or `\\` separated) can be a JSON document of ours, by name or by place. */
export function isJsonDocumentPath(path: string): boolean {
  const slashed = path.replace(/\\/g, '/');
  return FILE_NAMES.has(slashed.slice(slashed.lastIndexOf('/') + 1)) || BY_PATH.some((p) => p.test(slashed));
}

/** Glob patterns for file watchers, one per JSON file name (or path, for kinds without one). */
export const JSON_WATCH_GLOBS: readonly string[] = JSON_KINDS.map((k) => (k.fileName ? `**/${k.fileName}` : k.glob));
