import { FRAMEWORK_SETTINGS, type FrameworkSetting } from '../framework/detect';
import type { SeveritySetting } from '../types';
import { DEFAULT_CONFIG, type ConfigLayer, type DocumentGlobKind } from './config';

/** Every value a rule's severity setting accepts; `off` disables the rule. */
export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
/** The kinds a config can give globs for: those with default globs, in classification order. */
const KINDS = Object.keys(DEFAULT_CONFIG.documents) as readonly DocumentGlobKind[];

export interface ConfigParseResult {
  layer: ConfigLayer;
  /** Human-readable problems; the valid parts of the file still apply. */
  problems: string[];
}

/**
 * Reads a config file's JSON text. Invalid entries are dropped with a problem each, so one typo
 * never disables the rest of the configuration. `base` is the URI of the folder that holds the file:
 * `skillFolders` are relative to it.
 */
export function parseConfigText(text: string, knownRules: ReadonlySet<string>, base?: string): ConfigParseResult {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { layer: {}, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { layer: {}, problems: ['the configuration must be a JSON object'] };
  }
  return { layer: readLayer(raw as Record<string, unknown>, knownRules, problems, base), problems };
}

/**
 * Validates a layer from any source (config file or editor settings). `base`, a folder URI,
 * resolves relative `skillFolders`; without it they are kept only when already URIs.
 */
export function readLayer(raw: Record<string, unknown>, knownRules: ReadonlySet<string>, problems: string[], base?: string): ConfigLayer {
  const layer: ConfigLayer = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules': {
        if (!isObject(value)) {
          problems.push('"rules" must be an object of rule id to severity');
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        for (const [id, sev] of Object.entries(value)) {
          if (!knownRules.has(id)) problems.push(`unknown rule "${id}" in "rules"`);
          else if (!SEVERITIES.includes(sev as SeveritySetting)) problems.push(`rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`);
          else rules[id] = sev as SeveritySetting;
        }
        layer.rules = rules;
        break;
      }
      case 'documents': {
        if (!isObject(value)) {
          problems.push('"documents" must be an object of document kind to globs');
          break;
        }
        const documents: Partial<Record<DocumentGlobKind, string[]>> = {};
        for (const [kind, globs] of Object.entries(value)) {
          if (!KINDS.includes(kind as DocumentGlobKind)) problems.push(`unknown document kind "${kind}" (expected ${KINDS.join(', ')})`);
          else if (!isStringList(globs)) problems.push(`"documents.${kind}" must be a list of globs`);
          else documents[kind as DocumentGlobKind] = globs;
        }
        layer.documents = documents;
        break;
      }
      case 'ignore':
        if (isStringList(value)) layer.ignore = value;
        else problems.push('"ignore" must be a list of globs');
        break;
      case 'skills':
        if (isObject(value) && (value['target'] === 'claude-code' || value['target'] === 'agent-skills')) layer.skills = { target: value['target'] };
        else problems.push('"skills.target" must be "claude-code" or "agent-skills"');
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && Number.isFinite(value) && value > 0) layer.maxFileSize = value;
        else problems.push('"maxFileSize" must be a positive number of bytes');
        break;
      case 'followSymlinks':
        if (typeof value === 'boolean') layer.followSymlinks = value;
        else problems.push('"followSymlinks" must be true or false');
        break;
      case 'framework':
        if (FRAMEWORK_SETTINGS.includes(value as FrameworkSetting)) layer.framework = value as FrameworkSetting;
        else problems.push(`"framework" must be one of ${FRAMEWORK_SETTINGS.map((s) => `"${s}"`).join(', ')}`);
        break;
      case 'skillFolders': {
        if (!isStringList(value)) {
          problems.push('"skillFolders" must be a list of folder paths');
          break;
        }
        const folders: string[] = [];
        for (const path of value) {
          const uri = resolveFolder(path, base);
          if (uri) folders.push(uri);
          else problems.push(`"skillFolders": cannot resolve "${path}"${base ? '' : ' without a workspace folder'}`);
        }
        layer.skillFolders = folders;
        break;
      }
      default:
        problems.push(`unknown setting "${key}"`);
    }
  }
  return layer;
}

/**
 * A folder path as a `file:` URI ending in `/`: absolute paths as they are, relative ones against
 * `base` (a folder URI). Undefined for an empty path, or a relative one without a base.
 */
export function resolveFolder(path: string, base: string | undefined): string | undefined {
  const trimmed = path.trim().replace(/\\/g, '/');
  if (!trimmed) return undefined;
  const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  try {
    if (/^file:\/\//.test(withSlash)) return new URL(withSlash).href;
    if (withSlash.startsWith('/')) return new URL(withSlash, 'file:///').href;
    if (!base) return undefined;
    return new URL(withSlash, base.endsWith('/') ? base : `${base}/`).href;
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
