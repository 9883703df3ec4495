/**
 * Hook events as Claude Code reads them (settings `hooks`, a plugin's `hooks/hooks.json`, an
 * agent's or a skill's `hooks` frontmatter). Handler types and their keys are in plugins.ts
 * (`HOOK_TYPES`).
 *
 * Source: the Claude Code binary: the hooks settings schema is a record keyed by an enum of this
 * list, whose values are `{matcher, hooks: [handler]}`; an event outside it is "unknown hook event;
 * entry ignored at runtime" (`claude plugin validate`). Compared by `npm run spec:check` (lists.ts).
 */

/** Hook events, in Claude Code's own order (34 in 2.1.332). */
export const HOOK_EVENTS: readonly string[] = [
  'PreToolUse',
  'PostToolUse',
  'PostToolUseFailure',
  'PostToolBatch',
  'Notification',
  'UserPromptSubmit',
  'UserPromptExpansion',
  'SessionStart',
  'SessionEnd',
  'Stop',
  'StopFailure',
  'SubagentStart',
  'SubagentStop',
  'PreCompact',
  'PostCompact',
  'PreModelSwitch',
  'PostModelSwitch',
  'PermissionRequest',
  'PermissionDenied',
  'Setup',
  'TeammateIdle',
  'TaskCreated',
  'TaskCompleted',
  'Elicitation',
  'ElicitationResult',
  'ConfigChange',
  'WorktreeCreate',
  'WorktreeRemove',
  'InstructionsLoaded',
  'CwdChanged',
  'FileChanged',
  'DirectoryAdded',
  'MessageDisplay',
  'PreSkillShellCommand',
];

/** Events whose entries a `matcher` filters (tool names, sources, reasons …); others ignore it. */
export const HOOK_MATCHER_EVENTS: readonly string[] = [
  'PreToolUse',
  'PostToolUse',
  'PostToolUseFailure',
  'PermissionRequest',
  'PermissionDenied',
  'UserPromptExpansion',
  'SessionStart',
  'SessionEnd',
  'Setup',
  'PreCompact',
  'PostCompact',
  'PreModelSwitch',
  'PostModelSwitch',
  'Notification',
  'SubagentStart',
  'SubagentStop',
  'Elicitation',
  'ElicitationResult',
  'ConfigChange',
  'InstructionsLoaded',
  'DirectoryAdded',
  'PreSkillShellCommand',
];
