import { agentNames } from '../../names/agents';
import { commandNames } from '../../names/commands';
import { skillNames } from '../../names/skills';
import { BUILT_IN_AGENTS } from '../../spec/builtIns';
import { summaryIndexer } from '../../workspace/indexers/summary';
import type { CompletionItem, FeatureContext } from '../types';

type Want = 'agent' | 'skill' | 'slash';

const AGENT_SPEC = /\b(?:Agent|Task)\(([^)]*)$/;
const SUBAGENT_TYPE = /\bsubagent_type["']?\s*[:=]\s*["']?([\w:.-]*)$/;
const AT_AGENT = /(?:^|[\s(`"'])@agent-([\w:.@-]*)$/;
const SLASH = /(?:^|[\s(`*|>])\/([\w:-]*)$/;

/** Agent, skill and command names where one is being typed: `Agent(`, `skills:`, `subagent_type:`, `@agent-`, `/`. */
export function nameCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { doc } = ctx;
  const pos = doc.lines.positionAt(offset);
  const before = doc.text.slice(doc.lines.lineStart(pos.line), offset);
  const fm = doc.frontmatter;
  const inFrontmatter = fm !== undefined && offset >= fm.contentStart && offset <= fm.contentEnd;
  let want: Want | undefined;
  let prefix = '';
  if (inFrontmatter) {
    const spec = AGENT_SPEC.exec(before);
    if (spec && /^\s*(?:-\s*)?(?:tools|disallowedTools|allowed-tools|disallowed-tools)?\s*:?/.test(before)) {
      want = 'agent';
      prefix = spec[1]!.slice(spec[1]!.lastIndexOf(',') + 1).trimStart();
    } else if (doc.kind === 'agent' && inSkillsField(doc.text, doc.lines.lineStart(pos.line), before)) {
      want = 'skill';
      prefix = /([\w:.-]*)$/.exec(before)![1]!;
    }
  } else if (offset >= doc.bodyStart) {
    const m = SUBAGENT_TYPE.exec(before) ?? AT_AGENT.exec(before);
    if (m) {
      want = 'agent';
      prefix = m[1]!;
    } else {
      const s = SLASH.exec(before);
      if (s) {
        want = 'slash';
        prefix = s[1]!;
      }
    }
  }
  if (!want) return undefined;
  const range = doc.lines.range(offset - prefix.length, offset);
  return items(ctx, want).map((i) => ({ ...i, range }));
}

/** Whether the line is the `skills:` key's value or an item of its block list. */
function inSkillsField(text: string, lineStart: number, before: string): boolean {
  if (/^skills:/.test(before)) return true;
  if (!/^\s+-\s*[\w:.-]*$/.test(before)) return false;
  // The nearest top-level key above the item.
  const above = text.slice(0, lineStart).split(/\r?\n/).reverse();
  const key = above.find((l) => /^[^\s#-][^:]*:/.test(l));
  return key !== undefined && /^skills:/.test(key);
}

function items(ctx: FeatureContext, want: Want): Omit<CompletionItem, 'range'>[] {
  const describe = (uri: string) => ctx.index.fact(uri, summaryIndexer)?.description;
  if (want === 'agent') {
    return [
      ...agentNames(ctx.index, ctx.files).all.map((a) => ({
        label: a.id,
        kind: 'value' as const,
        detail: a.plugin ? `agent · plugin ${a.plugin.name}` : 'agent',
        ...doc(describe(a.uri)),
      })),
      ...BUILT_IN_AGENTS.map((b) => ({ label: b, kind: 'value' as const, detail: 'built-in agent', sortText: `~${b}` })),
    ];
  }
  const skills = skillNames(ctx.index, ctx.files).all.map((s) => ({
    label: s.ids[s.ids.length - 1]!,
    kind: 'value' as const,
    detail: 'skill',
    ...doc(describe(s.uri)),
  }));
  if (want === 'skill') return skills;
  const commands = commandNames(ctx.index, ctx.files).all.map((c) => ({
    label: c.ids[c.ids.length - 1]!,
    kind: 'value' as const,
    detail: 'command',
    ...doc(describe(c.uri)),
  }));
  return [...commands, ...skills];
}

function doc(description: string | undefined): { documentation?: { kind: 'markdown'; value: string } } {
  return description ? { documentation: { kind: 'markdown', value: description } } : {};
}
