import { join } from 'node:path';
import { CONFIG_FILE_NAMES, mergeConfig, parseConfigText, readLayer, RULE_IDS, type AgentDocsConfig, type ConfigLayer } from '../core';
import { readTextSync, uriToPath } from '../host/files';

export interface LoadedConfig {
  config: AgentDocsConfig;
  /** The config file that applied, if any. */
  file?: string;
  problems: string[];
}

/** The first config file found in a workspace root, as a layer. */
export function readConfigFile(rootPaths: readonly string[]): { layer?: ConfigLayer; file?: string; problems: string[] } {
  for (const root of rootPaths) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(root, name);
      const text = readTextSync(file);
      if (text === undefined) continue;
      const { layer, problems } = parseConfigText(text, RULE_IDS);
      return { layer, file, problems: problems.map((p) => `${name}: ${p}`) };
    }
  }
  return { problems: [] };
}

/** Defaults, then the workspace config file, then the editor's `agentDocs` settings. */
export function loadConfig(rootUris: readonly string[], editorSettings: unknown): LoadedConfig {
  const fileLayer = readConfigFile(rootUris.map(uriToPath));
  const problems = [...fileLayer.problems];
  let settingsLayer: ConfigLayer | undefined;
  if (editorSettings && typeof editorSettings === 'object') {
    // Client-only settings (the trace level, the sidebar views' behaviour) are not core configuration.
    const raw = dropUnset({ ...(editorSettings as Record<string, unknown>), trace: undefined, tasks: undefined, agents: undefined, problems: undefined, 'problems.scope': undefined });
    settingsLayer = readLayer(raw, RULE_IDS, problems);
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
