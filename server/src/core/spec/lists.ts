/**
 * The project's side of `npm run spec:check`: for each list that scripts/spec/extract.mjs reads out
 * of the pinned Claude Code binary, the same list as this project's spec data holds it, with its
 * source and the release it was last checked against. The check prints the difference both ways;
 * a difference not in reviewedDifferences.ts fails it (and the unit test that runs it).
 *
 * Nothing in the extension imports this module: it exists for the check.
 */
import {
  AGENT_FIELDS,
  BACKGROUND_SUBAGENT_TOOLS,
  COLORS,
  EFFORT_LEVELS,
  type FieldSpec,
  ISOLATION_MODES,
  MEMORY_SCOPES,
  MODEL_ALIASES,
  MODEL_ALIAS_SUFFIXES,
  MODEL_IDS,
  NATIVE_BUILD_SEARCH_TOOLS,
  PERMISSION_MODE_ALIASES,
  PERMISSION_MODES,
  PLUGIN_AGENT_EXTRA_FIELDS,
  PLUGIN_AGENT_ISOLATION_MODES,
  REMOVED_TOOLS,
  SKILL_CONTEXTS,
  SKILL_FIELDS,
  SKILL_INTERNAL_FIELDS,
  SPEC_CHECKED_AGAINST,
  TOOL_ALIASES,
  TOOLS,
  TOOLS_STRIPPED_FROM_SUBAGENTS,
  UNDOCUMENTED_TOOLS,
} from './claudeCode';
import { HOOK_EVENTS } from './hooks';
import {
  HOOK_TYPES,
  MARKETPLACE_ENTRY_FIELDS,
  MARKETPLACE_ENTRY_ONLY_FIELDS,
  MARKETPLACE_FIELDS,
  MARKETPLACE_METADATA_FIELDS,
  PLUGIN_MANIFEST_FIELDS,
} from './plugins';
import { PLACEHOLDER_FORMS, PLACEHOLDER_INDEX_BASE } from '../commands/placeholders';

/** A list as the project holds it: names (compared as sets) or a name → value map. */
export type SpecListValue = readonly string[] | Readonly<Record<string, string>>;

export interface SpecList {
  /** The project's values. */
  values: SpecListValue;
  /** Where the project's list comes from. */
  source: string;
  /** The Claude Code release it was last compared with. */
  checkedAgainst: string;
}

const BINARY = 'Claude Code binary';
const DOCS_AND_BINARY = 'Claude Code docs (mirror of 2026-08-22) and binary';
const PLUGIN_SOURCE = '`claude plugin validate` probes (plugins.ts) and binary';

function fieldNames(fields: readonly FieldSpec[]): string[] {
  return fields.flatMap((f) => [f.name, ...(f.keys ?? []).map((k) => `${f.name}.${k.name}`)]);
}

function list(values: SpecListValue, source: string): SpecList {
  return { values, source, checkedAgainst: SPEC_CHECKED_AGAINST };
}

/** The project's lists by the id extract.mjs gives the binary's. */
export function projectSpecLists(): Record<string, SpecList> {
  // A handler type's keys, sorted: Claude Code's order is not the project's.
  const hookTypes = Object.fromEntries(HOOK_TYPES.map((t) => [t.type, ['type', ...t.fields.map((f) => f.name)].sort().join(', ')]));
  const names = (fields: readonly { name: string }[]) => fields.map((f) => f.name);
  return {
    'agent.fields': list(fieldNames(AGENT_FIELDS), DOCS_AND_BINARY),
    'skill.fields': list(fieldNames([...SKILL_FIELDS, ...SKILL_INTERNAL_FIELDS]), DOCS_AND_BINARY),
    'skill.context': list(SKILL_CONTEXTS, DOCS_AND_BINARY),
    'agent.color': list(COLORS, DOCS_AND_BINARY),
    'agent.permissionMode': list(
      PERMISSION_MODES.filter((m) => !Object.hasOwn(PERMISSION_MODE_ALIASES, m)),
      DOCS_AND_BINARY,
    ),
    'agent.permissionModeAliases': list(PERMISSION_MODE_ALIASES, DOCS_AND_BINARY),
    'agent.memory': list(MEMORY_SCOPES, DOCS_AND_BINARY),
    'agent.isolation': list(ISOLATION_MODES, DOCS_AND_BINARY),
    'agent.effort': list(EFFORT_LEVELS, DOCS_AND_BINARY),
    'pluginAgent.ignoredFields': list(
      AGENT_FIELDS.filter((f) => f.ignoredForPlugins).map((f) => f.name),
      DOCS_AND_BINARY,
    ),
    'pluginAgent.extraFields': list(PLUGIN_AGENT_EXTRA_FIELDS, BINARY),
    'pluginAgent.isolation': list(PLUGIN_AGENT_ISOLATION_MODES, BINARY),
    'pluginAgent.memory': list(MEMORY_SCOPES, DOCS_AND_BINARY),
    // The binary's own list of built-in tool names and the names of its tool definitions: every one
    // is either documented (TOOLS) or known but undocumented (UNDOCUMENTED_TOOLS).
    'tools.known': list([...Object.keys(TOOLS), ...Object.keys(UNDOCUMENTED_TOOLS)], DOCS_AND_BINARY),
    'tools.legacyNames': list(TOOL_ALIASES, BINARY),
    'tools.retired': list(Object.keys(REMOVED_TOOLS), 'Claude Code binaries 2.1.276, 2.1.277 and 2.1.332; CHANGELOG'),
    'tools.subagents.all': list(TOOLS_STRIPPED_FROM_SUBAGENTS, BINARY),
    'tools.subagents.custom': list(TOOLS_STRIPPED_FROM_SUBAGENTS, BINARY),
    'tools.subagents.asyncAllowed': list(BACKGROUND_SUBAGENT_TOOLS, BINARY),
    'tools.nativeSearch.dropped': list(NATIVE_BUILD_SEARCH_TOOLS.dropped, 'Claude Code binary; CHANGELOG 2.1.117'),
    'tools.nativeSearch.restoredWithoutBash': list(NATIVE_BUILD_SEARCH_TOOLS.restoredWithoutBash, BINARY),
    'hooks.events': list(HOOK_EVENTS, BINARY),
    'hooks.types': list(hookTypes, BINARY),
    'plugin.manifest': list(names(PLUGIN_MANIFEST_FIELDS), PLUGIN_SOURCE),
    'plugin.manifestEntryOnly': list(MARKETPLACE_ENTRY_ONLY_FIELDS, PLUGIN_SOURCE),
    'plugin.marketplace': list(names(MARKETPLACE_FIELDS), PLUGIN_SOURCE),
    'plugin.marketplaceMetadata': list(names(MARKETPLACE_METADATA_FIELDS), PLUGIN_SOURCE),
    'plugin.marketplaceEntry': list(names(MARKETPLACE_ENTRY_FIELDS), PLUGIN_SOURCE),
    'models.aliases': list(MODEL_ALIASES, DOCS_AND_BINARY),
    'models.suffixes': list(MODEL_ALIAS_SUFFIXES, BINARY),
    'models.ids': list(MODEL_IDS, BINARY),
    'placeholders.forms': list(PLACEHOLDER_FORMS, 'Claude Code docs (skills) and binary'),
    'placeholders.indexBase': list([String(PLACEHOLDER_INDEX_BASE)], 'Claude Code docs (skills) and binary'),
  };
}
