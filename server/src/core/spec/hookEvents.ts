/**
 * Claude Code's hook events, as listed in the 2.1.332 binary (the array its settings schema and
 * `claude plugin validate` check event names against; an event outside it is "unknown hook event;
 * entry ignored at runtime"). Checked: 2026-12-01 by running the validator on every name.
 * The spec module takes this list over when it extracts it from the binary.
 */
export const HOOK_EVENTS: readonly string[] = [
  'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PostToolBatch', 'Notification', 'UserPromptSubmit',
  'UserPromptExpansion', 'SessionStart', 'SessionEnd', 'Stop', 'StopFailure', 'SubagentStart', 'SubagentStop',
  'PreCompact', 'PostCompact', 'PreModelSwitch', 'PostModelSwitch', 'PermissionRequest', 'PermissionDenied', 'Setup',
  'TeammateIdle', 'TaskCreated', 'TaskCompleted', 'Elicitation', 'ElicitationResult', 'ConfigChange', 'WorktreeCreate',
  'WorktreeRemove', 'InstructionsLoaded', 'CwdChanged', 'FileChanged', 'DirectoryAdded', 'MessageDisplay',
  'PreSkillShellCommand',
];

/** Events whose entries a `matcher` filters (tool names, sources, reasons …); others ignore it. */
export const HOOK_MATCHER_EVENTS: readonly string[] = [
  'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PermissionRequest', 'PermissionDenied', 'UserPromptExpansion',
  'SessionStart', 'SessionEnd', 'Setup', 'PreCompact', 'PostCompact', 'PreModelSwitch', 'PostModelSwitch',
  'Notification', 'SubagentStart', 'SubagentStop', 'Elicitation', 'ElicitationResult', 'ConfigChange',
  'InstructionsLoaded', 'DirectoryAdded', 'PreSkillShellCommand',
];
