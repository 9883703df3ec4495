/**
 * Plugin manifests as Claude Code reads them: the top-level keys of `.claude-plugin/plugin.json`
 * and of `.claude-plugin/marketplace.json`.
 *
 * Source: the Claude Code binary (the manifest's key table, each key to its schema; the
 * marketplace schema), compared by `npm run spec:check` (lists.ts).
 */

/** Top-level keys of `plugin.json`; only `name` is required. */
export const PLUGIN_MANIFEST_KEYS = [
  '$schema', 'name', 'displayName', 'version', 'description', 'author', 'homepage', 'repository', 'license', 'keywords',
  'defaultEnabled', 'dependencies', 'optionalDependencies', 'metadata', 'engines', 'network',
  'hooks', 'commands', 'agents', 'skills', 'outputStyles', 'themes', 'workflows', 'channels', 'mcpServers', 'lspServers',
  'monitors', 'settings', 'types', 'userConfig', 'binaries', 'experimental',
] as const;

/** Keys of `plugin.json` that Claude Code requires. */
export const PLUGIN_MANIFEST_REQUIRED_KEYS = ['name'] as const;

/** Top-level keys of `marketplace.json`; `name`, `owner` and `plugins` are required. */
export const MARKETPLACE_KEYS = [
  '$schema', 'name', 'version', 'description', 'owner', 'plugins', 'forceRemoveDeletedPlugins', 'metadata',
  'allowCrossMarketplaceDependenciesOn', 'renames',
] as const;

/** Keys of a marketplace's `metadata` object. */
export const MARKETPLACE_METADATA_KEYS = ['pluginRoot', 'version', 'description'] as const;
