/**
 * Hooks as Claude Code reads them (settings `hooks`, a plugin's `hooks/hooks.json`, an agent's or a
 * skill's `hooks` frontmatter): the events a hook can be attached to, and the handler types with the
 * keys each reads.
 *
 * Source: the Claude Code binary (the hooks settings schema: a record keyed by the event list whose
 * values are `{matcher, hooks: [handler]}`, handlers being a union discriminated by `type`),
 * compared by `npm run spec:check` (lists.ts). Keys the binary marks internal are left out.
 */

/** Hook events, in Claude Code's own order. */
export const HOOK_EVENTS = [
  'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PostToolBatch', 'Notification', 'UserPromptSubmit', 'UserPromptExpansion',
  'SessionStart', 'SessionEnd', 'Stop', 'StopFailure', 'SubagentStart', 'SubagentStop', 'PreCompact', 'PostCompact',
  'PreModelSwitch', 'PostModelSwitch', 'PermissionRequest', 'PermissionDenied', 'Setup', 'TeammateIdle', 'TaskCreated',
  'TaskCompleted', 'Elicitation', 'ElicitationResult', 'ConfigChange', 'WorktreeCreate', 'WorktreeRemove',
  'InstructionsLoaded', 'CwdChanged', 'FileChanged', 'DirectoryAdded', 'MessageDisplay', 'PreSkillShellCommand',
] as const;

export type HookEvent = (typeof HOOK_EVENTS)[number];

/** The keys of one event's entry: `{ "matcher": "Write|Edit", "hooks": [ … ] }`. */
export const HOOK_MATCHER_KEYS = ['matcher', 'hooks'] as const;

/** Handler types (`"type": …`) with the keys a handler of that type reads. */
export const HOOK_HANDLER_KEYS = {
  command: ['type', 'command', 'args', 'if', 'shell', 'timeout', 'onFailure', 'statusMessage', 'once', 'async', 'asyncRewake'],
  prompt: ['type', 'prompt', 'if', 'timeout', 'model', 'continueOnBlock', 'statusMessage', 'once'],
  http: ['type', 'url', 'if', 'timeout', 'onFailure', 'headers', 'allowedEnvVars', 'statusMessage', 'once'],
  agent: ['type', 'prompt', 'if', 'timeout', 'model', 'statusMessage', 'once'],
  mcp_tool: ['type', 'server', 'tool', 'input', 'if', 'timeout', 'onFailure', 'statusMessage', 'once'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type HookType = keyof typeof HOOK_HANDLER_KEYS;

/** Handler types, in Claude Code's own order. */
export const HOOK_TYPES = Object.keys(HOOK_HANDLER_KEYS) as HookType[];
