import type { ParsedDocument } from '../../document/parse';
import { parseToolList, type ToolEntry, type ToolListOptions } from '../../document/toolList';
import type { FieldEntry } from '../../document/yamlFields';
import { parentFolderName } from '../../text/names';
import type { Severity } from '../../types';
import type { RuleContext } from '../types';

/** Whether the user targets the portable Agent Skills specification rather than Claude Code. */
export function isPortable(ctx: RuleContext): boolean {
  return ctx.config.skills.target === 'agent-skills';
}

/** The severity for the configured target: portable uploads fail where Claude Code loads. */
export function targetSeverity(ctx: RuleContext, claudeCode: Severity, portable: Severity): Severity {
  return isPortable(ctx) ? portable : claudeCode;
}

/** The folder that names a skill: the directory holding its SKILL.md. */
export function skillFolder(doc: ParsedDocument): string {
  return parentFolderName(doc.uri);
}

/**
 * Whether field rules should speak: the frontmatter is a mapping that parses. Claude Code reads no
 * field from YAML that fails to parse, and a broken parse yields bogus keys, so yaml-syntax alone
 * reports such a file (duplicate keys are not parse failures).
 */
export function hasCleanFrontmatter(doc: ParsedDocument): boolean {
  const yaml = doc.frontmatter?.yaml;
  return !!yaml && yaml.isMapping && yaml.errors.every((e) => e.code === 'DUPLICATE_KEY');
}

/** The line break the document uses. */
export function eolOf(doc: ParsedDocument): string {
  return /\r\n/.test(doc.text) ? '\r\n' : '\n';
}

/**
 * The span of whole lines a top-level field occupies, from the start of its key's line to just past
 * the line break after its value, so removing it leaves no blank line.
 */
export function fieldLinesSpan(doc: ParsedDocument, f: FieldEntry): { start: number; end: number } {
  const start = doc.lines.lineStart(doc.lines.positionAt(f.keyStart).line);
  let lastLine = doc.lines.positionAt(Math.max(f.keyEnd, f.valueEnd)).line;
  // A block value's range can end at the start of the following line.
  if (f.valueEnd > f.keyEnd && doc.lines.positionAt(f.valueEnd).character === 0 && lastLine > doc.lines.positionAt(f.keyStart).line) lastLine--;
  const end = Math.min(doc.lines.lineStart(lastLine + 1), doc.frontmatter?.contentEnd ?? doc.text.length);
  return { start, end: Math.max(end, doc.lines.lineEnd(lastLine)) };
}

/** A scalar as YAML that reads back as the same string: plain when safe, else double-quoted. */
export function yamlString(value: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9 _./()-]*$/.test(value) && !/ $/.test(value) && !/^(true|false|yes|no|on|off|null|~|[0-9.]+)$/i.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * Entries of a list-like field (tools, skills) with absolute document offsets. `parseToolList`
 * works on the frontmatter content, whose node ranges are relative to it.
 */
export function listEntries(doc: ParsedDocument, f: FieldEntry, options: ToolListOptions = {}): ToolEntry[] {
  const fm = doc.frontmatter;
  if (!fm) return [];
  const base = fm.contentStart;
  return parseToolList(f, doc.text.slice(base, fm.contentEnd), options).map((e) => {
    // Items of a flow list keep their quotes (`["Read", "Write"]`); the entry is what is inside.
    const q = e.text[0];
    if ((q === '"' || q === "'") && e.text.length >= 2 && e.text.endsWith(q)) {
      const text = e.text.slice(1, -1);
      const paren = text.indexOf('(');
      const name = paren > 0 && text.endsWith(')') ? text.slice(0, paren).trim() : text;
      return { ...e, text, name, start: e.start + base + 1, end: e.end + base - 1, nameEnd: e.start + base + 1 + name.length };
    }
    return { ...e, start: e.start + base, end: e.end + base, nameEnd: e.nameEnd + base };
  });
}

/** End offset with trailing whitespace and line breaks left out (block values end on the next line). */
export function trimmedEnd(doc: ParsedDocument, start: number, end: number): number {
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}
