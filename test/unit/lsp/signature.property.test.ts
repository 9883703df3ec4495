/**
 * The workspace Problems panel lints a file again only when its lint signature moves. That is
 * sound only if an unchanged signature means unchanged findings, whatever happens in other files:
 * the rules' `dependsOn` keys, the index's channels (`tasks.facts#ids`) and the rules' `appliesTo`
 * must not miss anything a rule reads. This property test edits, adds and removes files of a small
 * flow (agents with return codes, an orchestrator, a README, a task plan) at random and checks
 * every other file after each step.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AgentDocsService, mergeConfig } from '../../../server/src/core';
import { FLOW } from '../returnCodes/flow';
import { DIR, EPIC, STORY, TASK } from '../tasks/sample';

const QA = '.claude/agents/quality-assurance.md';
const DEV = '.claude/agents/developer-web.md';
const ORCH = '.claude/commands/develop.md';
const README = 'README.md';
const EPIC_FILE = `${DIR}/0001 - Shopping List.md`;
const STORY_FILE = `${DIR}/0001.02 - Shopping List - Items.md`;
const TASK_FILE = `${DIR}/0001.02.03 - Shopping List - Items - Add item.md`;
const TASK2_FILE = `${DIR}/0001.02.04 - Shopping List - Items - Remove item.md`;
const TWIN = '.claude/agents/twin.md';

/** Each file's possible texts; `undefined` means the file does not exist. */
const VARIANTS: Record<string, (string | undefined)[]> = {
  [QA]: [
    FLOW[QA],
    FLOW[QA]!.replace('Before returning', '\n\nBefore returning'),
    FLOW[QA]!.replace('name: quality-assurance', 'name: developer-web'),
    FLOW[QA]!.replace('- `MISSING_TASK_FILES` - Task file missing\n', ''),
    undefined,
  ],
  [DEV]: [
    FLOW[DEV],
    FLOW[DEV]!.replace('FAILURE_CONTINUE', 'FAILURE_RETRY'),
    `${FLOW[DEV]}\nMore words at the end.\n`,
    '---\nname: developer-web\ndescription: No codes.\n---\nBody\n',
    undefined,
  ],
  [ORCH]: [
    FLOW[ORCH],
    FLOW[ORCH]!.replace('# Develop', '# Develop\n\nAn added paragraph.\n'),
    FLOW[ORCH]!.replace('### quality-assurance:', '### quality-assurnce:'),
    undefined,
  ],
  [README]: [
    '# Notes\n\nReturns `SUCCESS_TO_QUALITY_ASSURANCE`, see Task [0001.02.03] and Task [0001.02.05].\n',
    '# Notes\n\nNothing here.\n',
    '# Notes\n\nReturns `SUCCES_TO_FL_FINAL` for Story [0001.03].\n',
    // Links and names: to a file, to a heading elsewhere and here, an agent, a command.
    `# Notes\n\nSee [the epic](${encodeURI(EPIC_FILE)}), [its overview](${encodeURI(EPIC_FILE)}#epic-overview), [below](#notes) and [the QA agent](.claude/agents/quality-assurance.md), [its twin](.claude/agents/twin.md).\nUse the developer-web agent via Agent(developer-web), then run /develop.\n`,
    undefined,
  ],
  [EPIC_FILE]: [EPIC, EPIC.replace('Shopping List', 'Shopping Basket'), undefined],
  [STORY_FILE]: [STORY, STORY.replace('**0% COMPLETE** (0 of 2', '**50% COMPLETE** (1 of 2'), STORY.replace('Items', 'Things'), undefined],
  [TASK_FILE]: [
    TASK,
    TASK.replace('- [ ] Pressing Enter', '- [x] Pressing Enter'),
    TASK.replaceAll('**Development Status**: IN_PROGRESS', '**Development Status**: COMPLETED'),
    TASK.replace('Add item\n', 'Add item\n\nA note.\n'),
    undefined,
  ],
  [TASK2_FILE]: [
    undefined,
    TASK.replaceAll('0001.02.03', '0001.02.04').replace('Task Name**: Add item', 'Task Name**: Remove item').replace(' - Add item', ' - Remove item'),
  ],
  [TWIN]: [undefined, '---\nname: developer-web\ndescription: A twin.\n---\nBody\n', '---\nname: twin\ndescription: Not a twin.\n---\nBody\n'],
};
const PATHS = Object.keys(VARIANTS);

const step = fc.record({ path: fc.constantFrom(...PATHS), variant: fc.nat() });

describe('lint signatures (property)', () => {
  it('an unchanged signature means unchanged findings, after any edit of another file', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        // The files on disk, which the service reads when it lints a file that is not open.
        const disk = new Map<string, string>();
        const uri = (p: string) => `file:///ws/${p.split('/').map(encodeURIComponent).join('/')}`;
        const service = new AgentDocsService({ host: { readFile: (u) => disk.get(u), log: () => {} }, config: mergeConfig(), roots: ['file:///ws'] });
        const write = (p: string, text: string | undefined) => {
          if (text === undefined) {
            disk.delete(uri(p));
            service.removeFile(uri(p));
          } else {
            disk.set(uri(p), text);
            service.indexFile(uri(p), text);
          }
        };
        for (const p of PATHS) if (VARIANTS[p]![0] !== undefined) write(p, VARIANTS[p]![0]);
        const snapshot = () => new Map(PATHS.map((p) => [p, { signature: service.lintSignature(uri(p)), findings: JSON.stringify(service.lint(uri(p))) }]));
        let before = snapshot();
        for (const { path, variant } of steps) {
          const options = VARIANTS[path]!;
          write(path, options[variant % options.length]);
          const after = snapshot();
          for (const p of PATHS) {
            if (p === path) continue;
            const [b, a] = [before.get(p)!, after.get(p)!];
            if (b.signature === a.signature)
              assert.equal(
                a.findings,
                b.findings,
                `${p} kept its signature after ${path} became variant ${variant % options.length}, but its findings changed`,
              );
          }
          before = after;
        }
      }),
      { numRuns: 300 },
    );
  });
});
