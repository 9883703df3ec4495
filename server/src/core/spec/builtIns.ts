/**
 * Names Claude Code itself provides, so references to them are never reported as unknown.
 *
 * Source: the Claude Code 2.1.332 binary (`grep -a` on the native build that
 * `scripts/editor/provision.mjs` installs): built-in agent definitions (`source:"built-in"`,
 * their `agentType`), built-in slash commands (`type:"local"|"local-jsx"|"prompt"`, `name:`) and
 * bundled skills; plus sub-agents.md (mirror of 2026-08-22) for `general-purpose`, `Explore`,
 * `Plan`. Checked: 2026-12-01. Lists drift with every release: a name missing here is at worst
 * reported with a did-you-mean it does not need, never an error.
 */

/** Agent types Claude Code defines itself (matched exactly, like every `subagent_type`). */
export const BUILT_IN_AGENTS: readonly string[] = [
  'general-purpose',
  'Explore',
  'Plan',
  'statusline-setup',
  'output-style-setup',
  'claude-code-guide',
  'web-fetch',
  'fork',
];

/** Slash commands and bundled skills that every session has (without the leading `/`). */
export const BUILT_IN_COMMANDS: readonly string[] = [
  // type local / local-jsx / prompt in 2.1.332
  'add-dir', 'advisor', 'agents', 'artifacts', 'auto-mode-setup', 'autocompact', 'autofix-pr', 'background', 'branch',
  'brief', 'btw', 'bug', 'cd', 'clear', 'cloud-plugins', 'color', 'compact', 'config', 'context', 'copy', 'daemon',
  'desktop', 'diff', 'effort', 'exit', 'export', 'extra-usage', 'fast', 'feedback', 'focus', 'fork', 'goal', 'help',
  'hooks', 'ide', 'import', 'init', 'insights', 'install', 'install-github-app', 'install-slack-app', 'keybindings',
  'list-agents', 'login', 'logout', 'mcp', 'memory', 'mobile', 'model', 'output-style', 'passes', 'permissions', 'plan',
  'plugin', 'privacy-settings', 'project', 'recap', 'reload-plugins', 'reload-skills', 'remote-control', 'remote-env',
  'rename', 'restart', 'resume', 'schedule', 'session', 'skill-doctor', 'skills', 'status', 'stickers', 'stop', 'subtask',
  'tasks', 'teleport', 'terminal-setup', 'theme', 'ultraplan', 'ultrareview', 'upgrade', 'usage', 'version', 'voice',
  'workflows',
  // bundled skills in 2.1.332
  'batch', 'debug', 'doctor', 'run', 'update-config', 'fewer-permission-prompts', 'keybindings-help',
  // long-standing commands documented before 2.1.332 that users still write
  'review', 'security-review', 'pr-comments', 'statusline', 'cost', 'vim', 'rewind', 'todos', 'release-notes',
  'simplify', 'loop', 'claude-api',
];
