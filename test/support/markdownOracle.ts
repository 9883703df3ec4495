/**
 * The reference parser for the Markdown model: micromark (CommonMark) with the GFM table, task
 * list item and footnote extensions, through mdast. Both read the same body; this module lists
 * what each found, per category, as comparable strings with document offsets.
 */
import type { MarkdownModel } from '../../server/src/core/document/markdown';
import { decodeMarkdownText } from '../../server/src/core/document/markdown';

// The oracle packages are ES modules; the compiled tests are CommonJS, so they load through import().
type Node = {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
  depth?: number;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  url?: string;
  identifier?: string;
  checked?: boolean | null;
};

export interface Oracle {
  parse(body: string): Node;
  text(node: Node): string;
  slugger(): { slug(text: string): string };
}

const load = new Function('m', 'return import(m)') as (m: string) => Promise<any>;

export async function loadOracle(): Promise<Oracle> {
  const [{ fromMarkdown }, table, task, footnote, mTable, mTask, mFootnote, slugger] = await Promise.all([
    load('mdast-util-from-markdown'),
    load('micromark-extension-gfm-table'),
    load('micromark-extension-gfm-task-list-item'),
    load('micromark-extension-gfm-footnote'),
    load('mdast-util-gfm-table'),
    load('mdast-util-gfm-task-list-item'),
    load('mdast-util-gfm-footnote'),
    load('github-slugger'),
  ]);
  const extensions = [table.gfmTable(), task.gfmTaskListItem(), footnote.gfmFootnote()];
  const mdastExtensions = [mTable.gfmTableFromMarkdown(), mTask.gfmTaskListItemFromMarkdown(), mFootnote.gfmFootnoteFromMarkdown()];
  return {
    parse: (body) => fromMarkdown(body, { extensions, mdastExtensions }),
    text: (node) => textOf(node),
    slugger: () => new slugger.default(),
  };
}

/**
 * The text GitHub's anchors read: text and code content, no HTML, no image alt text, a footnote
 * call as its label (the number GitHub shows), a hard line break as the line ending it stands for.
 */
function textOf(node: Node): string {
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
  if (node.type === 'break') return '\n';
  if (node.type === 'footnoteReference') return (node as { label?: string }).label ?? '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** What a parser found, per category: one string per item, in document order. */
export type Findings = Record<Category, string[]>;
export const CATEGORIES = ['fences', 'headings', 'anchors', 'codeSpans', 'links', 'definitions', 'tables', 'tasks'] as const;
export type Category = (typeof CATEGORIES)[number];

function empty(): Findings {
  return { fences: [], headings: [], anchors: [], codeSpans: [], links: [], definitions: [], tables: [], tasks: [] };
}

/**
 * A code span's content for comparison. mdast keeps line endings in the value and pads around the
 * whitespace that begins a continuation line (which CommonMark strips with the line's indent), so a
 * span over several lines is compared with line endings as spaces and without outer spaces.
 */
function codeText(value: string, multiline: boolean): string {
  return multiline ? value.replace(/\r?\n[ \t]*/g, ' ').trim() : value;
}

/** A fence's `start-end` without trailing whitespace, shifted by `shift`. */
function fenceSpan(text: string, start: number, end: number, shift = 0): string {
  return `${start + shift}-${start + text.slice(start, end).trimEnd().length + shift}`;
}

/** The oracle's findings for `text[bodyStart…]`, offsets shifted to the whole text. */
export function oracleFindings(oracle: Oracle, text: string, bodyStart: number): Findings {
  const body = text.slice(bodyStart);
  const out = empty();
  const slugger = oracle.slugger();
  const at = (n: Node) => `${n.position!.start.offset! + bodyStart}-${n.position!.end.offset! + bodyStart}`;
  // Where an unclosed fence ends among trailing blank lines, and whether a line ending before a
  // sibling list item is inside it, are conventions: both sides compare fences without trailing
  // whitespace (closed fences end with their fence either way).
  const codeAt = (n: Node) => fenceSpan(body, n.position!.start.offset!, n.position!.end.offset!, bodyStart);
  const walk = (n: Node) => {
    switch (n.type) {
      case 'code': {
        const s = n.position!.start.offset!;
        const fenced = /^[`~]{3}/.test(body.slice(s, s + 3));
        out.fences.push(`${codeAt(n)} ${fenced ? 'fenced' : 'indented'} ${n.lang ?? ''}|${n.meta ?? ''}`);
        break;
      }
      case 'heading': {
        // A setext heading is compared from its text: where it starts when definitions precede it
        // in its paragraph differs between micromark and commonmark.js.
        const s = n.position!.start.offset!;
        const first = n.children?.[0]?.position?.start.offset;
        const from = body[s] !== '#' && first !== undefined ? first : s;
        out.headings.push(`${from + bodyStart}-${n.position!.end.offset! + bodyStart} h${n.depth}`);
        const text = oracle.text(n);
        out.anchors.push(`${JSON.stringify(text.replace(/\r?\n/g, ' '))} → #${slugger.slug(text)}`);
        break;
      }
      case 'inlineCode':
        // mdast keeps line endings in the value; CommonMark reads them as spaces.
        out.codeSpans.push(`${at(n)} ${codeText(n.value!, /[\r\n]/.test(body.slice(n.position!.start.offset!, n.position!.end.offset!)))}`);
        break;
      case 'link':
      case 'image':
        out.links.push(`${at(n)} ${n.type} ${n.url}`);
        break;
      case 'linkReference':
      case 'imageReference':
        out.links.push(`${at(n)} ${n.type === 'linkReference' ? 'link' : 'image'} ref:${n.identifier}`);
        break;
      case 'definition':
        out.definitions.push(`${at(n)} ${n.identifier} ${n.url}`);
        break;
      case 'table':
        out.tables.push(`${at(n)} table`);
        for (const row of n.children ?? []) {
          const cells = (row.children ?? []).map((c) => {
            const kids = c.children ?? [];
            return kids.length ? `${kids[0]!.position!.start.offset! + bodyStart}-${kids[kids.length - 1]!.position!.end.offset! + bodyStart}` : 'empty';
          });
          out.tables.push(`  row ${at(row)} [${cells.join(' ')}]`);
        }
        break;
      case 'listItem':
        if (typeof n.checked === 'boolean') out.tasks.push(`${n.position!.start.offset! + bodyStart} ${n.checked ? 'x' : ' '}`);
        break;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(oracle.parse(body));
  return out;
}

/** The model's findings, in the same shape. */
export function modelFindings(model: MarkdownModel, text: string): Findings {
  const out = empty();
  for (const c of model.codeBlocks) {
    const space = c.info.search(/[ \t]/);
    const meta = space < 0 ? '' : c.info.slice(space).trim();
    out.fences.push(`${fenceSpan(text, c.start, c.end)} ${c.kind} ${decodeMarkdownText(c.lang)}|${decodeMarkdownText(meta)}`);
  }
  for (const h of model.headings) {
    out.headings.push(`${h.setext && h.contentEnd > h.contentStart ? h.contentStart : h.start}-${h.end} h${h.level}`);
    out.anchors.push(`${JSON.stringify(h.text)} → #${h.anchor}`);
  }
  for (const c of model.codeSpans) out.codeSpans.push(`${c.start}-${c.end} ${codeText(c.text, /[\r\n]/.test(text.slice(c.start, c.end)))}`);
  for (const l of model.links) {
    const what = l.image ? 'image' : 'link';
    out.links.push(l.definition ? `${l.start}-${l.end} ${what} ref:${l.definition.key.toLowerCase()}` : `${l.start}-${l.end} ${what} ${l.url}`);
  }
  for (const d of model.definitions) out.definitions.push(`${d.start}-${d.end} ${d.key.toLowerCase()} ${d.url}`);
  for (const t of model.tables) {
    out.tables.push(`${t.start}-${t.end} table`);
    for (const row of t.rows)
      out.tables.push(`  row ${row.start}-${row.end} [${row.cells.map((c) => (c.end > c.start ? `${c.start}-${c.end}` : 'empty')).join(' ')}]`);
  }
  for (const i of model.listItems) if (i.task?.checkbox) out.tasks.push(`${i.start} ${i.task.state === 'done' ? 'x' : ' '}`);
  return out;
}
