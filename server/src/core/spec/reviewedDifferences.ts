/**
 * Differences between the pinned Claude Code binary's lists and this project's spec data that are
 * kept on purpose, each with its reason. `npm run spec:check` (and the unit test that runs it)
 * fails on any other difference, and on an entry here that no longer matches a difference.
 *
 * `only: 'binary'`: Claude Code has the name, the project does not; `'project'`: the reverse.
 */
export interface ReviewedDifference {
  list: string;
  name: string;
  only: 'binary' | 'project';
  reason: string;
}

const LONG_GONE =
  'Removed before the releases the binary still names as retired: Claude Code 2.1.332 neither defines nor maps it, so an agent listing it gets nothing. The project keeps it so that such an entry is reported as removed, with its successor, instead of as an unknown name (real agent files still list it).';

export const REVIEWED_DIFFERENCES: readonly ReviewedDifference[] = [
  {
    list: 'skill.fields',
    name: 'compatibility',
    only: 'project',
    reason:
      "An Agent Skills specification field (portable skills). Claude Code's skill schema does not know it and ignores it without a word; the project keeps it so that a skill written for both targets is not told its field is unknown.",
  },
  {
    list: 'tools.legacyNames',
    name: 'Eval=REPL',
    only: 'binary',
    reason:
      'Claude Code maps `Eval` to its internal `REPL` tool only while the REPL feature is on; neither name is documented, and an agent listing `Eval` elsewhere gets nothing. Kept out of TOOL_ALIASES so that the project does not promise a tool that most sessions lack.',
  },
  {
    list: 'plugin.manifest',
    name: 'icon',
    only: 'project',
    reason:
      "Read by the plugin directory's listing checks, not by Claude Code's loader: `claude plugin validate` accepts it without a warning (with `screenshots`, `classification` and the support, privacy, terms and documentation links), and the loader ignores it.",
  },
  { list: 'tools.retired', name: 'MultiEdit', only: 'project', reason: LONG_GONE },
  { list: 'tools.retired', name: 'NotebookRead', only: 'project', reason: LONG_GONE },
  { list: 'tools.retired', name: 'LS', only: 'project', reason: LONG_GONE },
];
