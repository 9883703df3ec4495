/**
 * Tool names from GitHub Copilot in VS Code (chat modes and custom agents), which real agent
 * collections copy into Claude Code agent files. None of them is a Claude Code tool. Where a Claude
 * Code tool does the same job it is given, for a suggestion.
 *
 * Source: the tool names found in shared/corpus agent files (about 170 distinct ones), checked
 * against the Claude Code Tools reference (mirror 2026-08-22). Checked: 2026-11-21.
 */
export const VSCODE_TOOLS: Readonly<Record<string, string | undefined>> = {
  codebase: 'Grep',
  search: 'Grep',
  searchResults: undefined,
  usages: 'Grep',
  findTestFiles: 'Glob',
  fetch: 'WebFetch',
  websearch: 'WebSearch',
  githubRepo: undefined,
  github: undefined,
  problems: undefined,
  testFailure: undefined,
  runTests: 'Bash',
  runCommands: 'Bash',
  runInTerminal: 'Bash',
  terminalCommand: 'Bash',
  terminalLastCommand: undefined,
  terminalSelection: undefined,
  runTasks: 'Bash',
  changes: undefined,
  openSimpleBrowser: undefined,
  extensions: undefined,
  vscodeAPI: undefined,
  vscode: undefined,
  new: undefined,
  runNotebooks: undefined,
  readCellOutput: undefined,
  edit: 'Edit',
  editFiles: 'Edit',
  read: 'Read',
  execute: 'Bash',
  todo: 'TodoWrite',
  todos: 'TodoWrite',
  web: 'WebFetch',
  agent: 'Agent',
  runSubagent: 'Agent',
  think: undefined,
  installPythonPackage: undefined,
  getPythonExecutableCommand: undefined,
  getPythonEnvironmentInfo: undefined,
  configurePythonEnvironment: undefined,
  updateUserPreferences: undefined,
  copilotCodingAgent: undefined,
  activePullRequest: undefined,
};

/** VS Code's namespaced tool-set syntax, `edit/editFiles`, `execute/runInTerminal`. */
export const VSCODE_TOOL_SET = /^[A-Za-z][A-Za-z0-9_.-]*\/(?:\*|[A-Za-z0-9_.-]+)$/;
