import fc from 'fast-check';

/**
 * Generators of agent-like documents: the pieces real frontmatter is made of (DOMAIN.md §2), put
 * together in ways that are mostly plausible and sometimes broken, so that the rules' interesting
 * paths are reached far more often than by random characters.
 */

const KEYS = [
  'name',
  'description',
  'tools',
  'disallowedTools',
  'allowed-tools',
  'model',
  'color',
  'skills',
  'hooks',
  'argument-hint',
  'permissionMode',
  'license',
  'metadata',
  'x-custom',
  'Name',
  'tools ',
];

const VALUES = [
  '',
  ' ',
  'code-reviewer',
  'Code_Reviewer',
  '-lead',
  'a:b',
  'Reviews code. Use proactively.',
  '"quoted: value"',
  "'single'",
  'Read, Grep, Glob',
  'Read,,Grep',
  '*',
  '[Read, Bash]',
  '[unclosed',
  '{a: 1}',
  '@agent',
  '`tick`',
  '&anchor value',
  '*anchor',
  '!!js/function "f()"',
  '!custom x',
  '|\n  block line\n  second',
  '>-\n  folded',
  '\n  - Read\n  - Bash(git:*)',
  '\n\t- tab',
  'sonnet',
  'opus',
  'inherit',
  'gpt-4',
  'red',
  'blue',
  '123',
  'true',
  'null',
  '~',
  'Use when asked\\n to review',
  '<example>\nuser: hi\nassistant: hello\n</example>',
  'é ≤ → ⬜ 🔄 ✅',
  'â‰¤ â†’',
  '\u00a0',
  '"unterminated',
  '# comment',
  'a # trailing',
];

const BODIES = [
  '',
  'Body.\n',
  '# Title\n\nYou are an agent.\n',
  '- [ ] task\n- [x] done\n',
  '```yaml\n---\nname: x\n---\n```\n',
  '---\nnot frontmatter\n---\n',
  'Return codes: `DONE`, `BLOCKED`\n',
  'Task E1-S2-T3 ⬜\nStory E1-S2 ✅\n',
  '\ufffd bytes\n',
  'line\r\nline\rline\n',
  '[link](./other.md) and [[wiki]]\n',
  '<!-- agent-docs-disable -->\n',
  '\t\tindented\n',
];

const FENCES = ['---', '---', '---', '--- ', '---js', '---yaml', ' ---', '', '\n---'];
const EOLS = ['\n', '\r\n', '\r'];

/** A generated document: frontmatter pieces, a body, line endings (sometimes mixed), maybe a BOM. */
export const agentDocument: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    fence: fc.constantFrom(...FENCES),
    fields: fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), fc.constantFrom('', '  ', ' ')), { maxLength: 8 }),
    close: fc.constantFrom('---', '---', '--- ', '', '...'),
    body: fc.array(fc.constantFrom(...BODIES), { maxLength: 4 }),
    eol: fc.constantFrom(...EOLS),
    mixed: fc.boolean(),
    noise: fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined }),
    noiseAt: fc.nat(),
  })
  .map((r) => {
    const lines = [r.fence, ...r.fields.map(([k, v, indent]) => `${indent}${k}: ${v}`), r.close, ...r.body];
    let text = lines.join('\n');
    if (r.noise !== undefined) {
      const at = r.noiseAt % (text.length + 1);
      text = text.slice(0, at) + r.noise + text.slice(at);
    }
    if (r.eol !== '\n') text = r.mixed ? text.replace(/\n/g, (m, o: number) => (o % 3 === 0 ? r.eol : m)) : text.replace(/\n/g, r.eol);
    return (r.bom ? '\ufeff' : '') + text;
  });

/** Where a generated document lives decides its kind. */
export const documentPath: fc.Arbitrary<string> = fc.constantFrom(
  '.claude/agents/code-reviewer.md',
  '.claude/agents/sub/Code_Reviewer.md',
  'plugins/p/agents/helper.md',
  'skills/pdf-tools/SKILL.md',
  '.claude/skills/My Skill/SKILL.md',
  '.claude/commands/deploy.md',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/E1-S1-T1.md',
  'README.md',
);

/** One random edit of a text: what a half-finished edit, a bad merge or a broken tool leaves behind. */
export type Mutation = (text: string) => string;

/** A mutation that prints as what it does, so a counterexample can be read and replayed. */
function described(description: string, apply: (t: string) => string): Mutation {
  return Object.assign(apply, { [fc.toStringMethod]: () => description });
}

const INSERTS = ['---\n', '\n', '\r\n', ':', ' ', '\t', '"', "'", '[', ']', '{', '- ', '&a ', '*a', '#', '|', '\ufeff', '\u2028', '`', '>'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, len]) =>
    described(`delete(${at}, ${len})`, (t) => {
      const a = at % (t.length + 1);
      return t.slice(0, a) + t.slice(a + len);
    }),
  ),
  fc.tuple(fc.nat(), fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...INSERTS))).map(([at, s]) =>
    described(`insert(${at}, ${JSON.stringify(s)})`, (t) => {
      const a = at % (t.length + 1);
      return t.slice(0, a) + s + t.slice(a);
    }),
  ),
  fc.nat().map((at) =>
    described(`duplicateLine(${at})`, (t) => {
      const lines = t.split('\n');
      const i = at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }),
  ),
  fc.constant(described('toCrlf()', (t) => t.replace(/\r?\n/g, '\r\n'))),
  fc.nat().map((at) => described(`truncate(${at})`, (t) => t.slice(0, at % (t.length + 1)))),
);
