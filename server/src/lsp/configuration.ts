import { join } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, mergeConfig, parseConfigText, readLayer, RULE_IDS, type AgentDocsConfig, type ConfigLayer } from '../core';
import { pathToUri, readTextSync, uriToPath } from '../host/files';

export interface LoadedConfig {
  config: AgentDocsConfig;
  /** The config file that applied, if any. */
  file?: string;
  problems: string[];
}

/** A workspace folder's config file (the first of `CONFIG_FILE_NAMES` it has), as a layer. */
export function readConfigFile(rootPath: string): { layer?: ConfigLayer; file?: string; problems: string[] } {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(rootPath, name);
    const text = readTextSync(file);
    if (text === undefined) continue;
    const { layer, problems } = parseConfigText(text, RULE_IDS, `${pathToUri(rootPath).replace(/\/$/, '')}/`);
    return { layer, file, problems: problems.map((p) => `${name}: ${p}`) };
  }
  return { problems: [] };
}

/** The settings the core reads; the rest of the `agentDocs` section (trace, sidebars) is the client's. */
const CORE_KEYS: readonly string[] = Object.keys(DEFAULT_CONFIG);

/**
 * One workspace folder's configuration: defaults, then the folder's config file, then the editor's
 * `agentDocs` settings for that folder. Without a folder, defaults and settings only.
 */
export function loadConfig(rootUri: string | undefined, editorSettings: unknown): LoadedConfig {
  const fileLayer = rootUri ? readConfigFile(uriToPath(rootUri)) : { problems: [] };
  const problems = [...fileLayer.problems];
  let settingsLayer: ConfigLayer | undefined;
  if (editorSettings && typeof editorSettings === 'object') {
    const settings = editorSettings as Record<string, unknown>;
    const raw = dropUnset(Object.fromEntries(CORE_KEYS.filter((k) => k in settings).map((k) => [k, settings[k]])));
    // Relative `skillFolders` in settings are relative to the workspace folder.
    settingsLayer = readLayer(raw, RULE_IDS, problems, rootUri ? `${rootUri.replace(/\/$/, '')}/` : undefined);
  }
  return {
    config: mergeConfig(fileLayer.layer, settingsLayer),
    ...(fileLayer.file ? { file: fileLayer.file } : {}),
    problems,
  };
}

/** Where the Problems panel lists problems: every indexed file, or only the open ones. */
export type ProblemsScope = 'workspace' | 'openFiles';

/** Settings of the editor integration itself, not of the core (the CLI has no use for them). */
export interface EditorSettings {
  problemsScope: ProblemsScope;
}

/** `agentDocs.problems.scope` and friends from the editor's `agentDocs` section; defaults for anything else. */
export function readEditorSettings(editorSettings: unknown): EditorSettings {
  const problems = isRecord(editorSettings) ? editorSettings['problems'] : undefined;
  // Nested as VS Code sends it, or flat as a hand-written client configuration may.
  const scope = isRecord(problems) ? problems['scope'] : isRecord(editorSettings) ? editorSettings['problems.scope'] : undefined;
  return { problemsScope: scope === 'openFiles' ? 'openFiles' : 'workspace' };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * VS Code reports every contributed setting, unset ones as their defaults (null or `{}`), nested
 * ones as objects (`skills: { target: null }`). Unset values must not override the config file.
 */
function dropUnset(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = k === 'rules' || k === 'documents' ? (v as Record<string, unknown>) : dropUnset(v as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[k] = inner;
      continue;
    }
    out[k] = v;
  }
  return out;
}
