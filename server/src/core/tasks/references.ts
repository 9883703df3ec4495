import { memo, type ParsedDocument } from '../document/parse';
import { taskBlocks } from './blocks';
import { isTaskId, levelOf, looksLikeDate, padTaskId, type TaskLevel } from './ids';

/**
 * A task, story or epic ID written in Markdown. `strong` references sit where only an ID can be
 * meant (`Task [0001.02.03]`, `Story 0001.02`, backticks, `feature/0001.02.03-x`,
 * `feat(0001.02.03):`, a task file name, any full `EEEE.SS.TT` that is not a date); weak ones are
 * bare story and epic numbers that count as references only when a file with that ID exists.
 */
export interface TaskReference {
  id: string;
  start: number;
  end: number;
  line: number;
  strong: boolean;
  /** Inside a code block (fenced or indented): navigable, but not checked. */
  inCode: boolean;
}

/** A loosely written ID where one is clearly meant: `Task [1.2.3]`. */
export interface MalformedReference {
  written: string;
  /** The zero-padded form. */
  id: string;
  start: number;
  end: number;
  line: number;
}

/** Everything ID-like found in one document. */
export interface ReferenceScan {
  references: TaskReference[];
  malformed: MalformedReference[];
}

const CANDIDATE = /[0-9]{4}(?:\.[0-9]{2}){0,2}/g;
const MAY_REFER = /[0-9]{4}|\[[0-9]/g;
const KEYWORD_BEFORE = /\b(epic|story|task|tasks|stories|epics)\s*\*{0,2}\s*[[({]?\s*$/i;
const LOOSE = /\b(Epic|Story|Task)[ \t]*\[([0-9]{1,4}(?:\.[0-9]{1,2}){0,2})\]/gi;
const BRACKET_DIGIT = /\[[0-9]/g;
const CONTEXT = 120;
const KEYWORD_LEVEL: Record<string, TaskLevel> = { epic: 1, story: 2, task: 3 };

/** Scans a document's body for ID references (computed once per version). */
export function scanReferences(doc: ParsedDocument): ReferenceScan {
  return memo(doc, 'tasks.references', () => {
    const references: TaskReference[] = [];
    const malformed: MalformedReference[] = [];
    const { text, lines } = doc;
    // Every reference holds four digits or `[digit`: a body without any needs no further look.
    MAY_REFER.lastIndex = doc.bodyStart;
    if (!MAY_REFER.test(text)) return { references, malformed };
    // Candidates are found in the whole body at once; the line each sits on bounds its context.
    // Whether a reference sits in code is asked of the Markdown model only once there is one.
    let line = -1;
    let lineStart = 0;
    let lineEnd = -1;
    const enter = (at: number) => {
      if (at <= lineEnd) return;
      line = lines.positionAt(at).line;
      lineStart = Math.max(doc.bodyStart, lines.lineStart(line));
      lineEnd = lines.lineEnd(line);
    };
    CANDIDATE.lastIndex = doc.bodyStart;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const at = m.index;
      const id = m[0];
      enter(at);
      // A bounded window keeps the context tests linear on very long lines.
      const before = text.slice(Math.max(lineStart, at - CONTEXT), at);
      const after = text.slice(at + id.length, Math.min(lineEnd, at + id.length + CONTEXT));
      if (!standsAlone(before, after)) continue;
      const strong = isStrong(before, after, id);
      if (!strong && (levelOf(id) === 1 || looksLikeDate(id))) continue;
      references.push({ id, start: at, end: at + id.length, line, strong, inCode: false });
    }
    const md = references.length > 0 ? taskBlocks(doc) : undefined;
    if (md) for (const r of references) r.inCode = md.isCodeLine(r.line);
    // `Task [1.2.3]`: only outside code, and only where `[` and a digit meet.
    BRACKET_DIGIT.lastIndex = doc.bodyStart;
    if (!BRACKET_DIGIT.test(text)) return { references, malformed };
    LOOSE.lastIndex = doc.bodyStart;
    for (let m = LOOSE.exec(text); m; m = LOOSE.exec(text)) {
      const written = m[2]!;
      // A well-formed ID pads to itself and is not malformed: skip padding it (every heading).
      if (isTaskId(written)) continue;
      const id = padTaskId(written);
      if (!id || id === written || levelOf(id) !== KEYWORD_LEVEL[m[1]!.toLowerCase()]) continue;
      const start = m.index + m[0].lastIndexOf(written);
      enter(start);
      if (taskBlocks(doc).isCodeLine(line)) continue;
      malformed.push({ written, id, start, end: start + written.length, line });
    }
    return { references, malformed };
  });
}

/** Not part of a longer number, version, IP address or word (`v2024.01.01`, `1.2024.10`, `2024.10.15.3`). */
function standsAlone(before: string, after: string): boolean {
  if (/[\p{L}\p{N}_.]$/u.test(before)) return false;
  // The URL test scans the whole window from every letter; without `://` it cannot match.
  if (before.includes('://') && /[a-z][a-z0-9+.-]*:\/\/\S*$/i.test(before)) return false;
  if (/^[.,]?[0-9]/.test(after)) return false;
  if (/^\.[0-9A-Za-z]/.test(after) && !/^\.(md|markdown)\b/i.test(after)) return false;
  if (/^[\p{L}_]/u.test(after)) return false;
  return true;
}

function isStrong(before: string, after: string, id: string): boolean {
  // A full `EEEE.SS.TT` names a task wherever it stands (a Dependencies list, a command's
  // argument: `/orchestrator:work 0003.02.01`), unless it can be read as a date.
  if (levelOf(id) === 3 && !looksLikeDate(id)) return true;
  if (KEYWORD_BEFORE.test(before)) return true;
  if (/`$/.test(before) && /^`/.test(after)) return true;
  if (/\[$/.test(before) && /^\]/.test(after) && levelOf(id) > 1) return true;
  if (/\b(?:feature|fix|bugfix|hotfix|task|chore)\/$/i.test(before)) return true;
  if (/\b[a-z]+\($/.test(before) && /^\)!?:/.test(after)) return true;
  if (/(?:^|[/(<\s])$/.test(before) && /^ - [^\n]*\.md/.test(after)) return true;
  if (/^(?:%20|\s)-(?:%20|\s)/.test(after) && /[/(<]$/.test(before)) return true;
  return false;
}
