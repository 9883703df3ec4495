/// <reference types="vscode" />
/**
 * Entry point of the extension tests inside VS Code (`extensionTestsPath`): runs the mocha file of
 * the scenario named by the open workspace folder (`workspaces/<scenario>` → `suite/<scenario>.test.js`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  const scenario = vscode.workspace.workspaceFolders?.[0]?.name;
  const file = join(__dirname, 'suite', `${scenario}.test.js`);
  if (!scenario || !existsSync(file)) return Promise.reject(new Error(`no test file for workspace folder "${scenario}" (${file})`));
  // Generous per-test timeout: the first test waits for the extension and its server to start.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
