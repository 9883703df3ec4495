/**
 * Which agent framework a file belongs to. Claude Code is the default; claude-mpm (bobmatnyc's
 * multi-agent project manager) builds Claude Code agents from its own sources and binds skills of
 * its own, so its files are read with its vocabulary (see `spec/claudeMpm.ts`).
 */
export type Framework = 'claude-code' | 'claude-mpm';

/** The `framework` setting: `auto` recognises claude-mpm projects by their layout. */
export type FrameworkSetting = 'auto' | Framework;

export const FRAMEWORK_SETTINGS: readonly FrameworkSetting[] = ['auto', 'claude-code', 'claude-mpm'];

/**
 * The markers of a claude-mpm project, as path segments: its `.claude-mpm/` folder, its Python
 * package (`src/claude_mpm/` in a checkout, `claude_mpm/` when installed), and JSON agent templates
 * under `agents/templates/`. Each yields the folder that holds the project.
 */
const MARKERS: readonly { pattern: RegExp; project: (m: RegExpExecArray) => number }[] = [
  { pattern: /(?:^|\/)\.claude-mpm(?:\/|$)/, project: (m) => m.index },
  { pattern: /(?:^|\/)src\/claude_mpm(?:\/|$)/, project: (m) => m.index },
  { pattern: /(?:^|\/)claude_mpm(?:\/|$)/, project: (m) => m.index },
  { pattern: /(?:^|\/)agents\/templates\/[^/]+\.json$/, project: (m) => m.index },
];

/**
 * The folder (ending in `/`, or '' for the top) of the claude-mpm project a file or folder path
 * marks, or undefined when the path is no marker. Paths use `/`; URIs work as well.
 */
export function claudeMpmProjectOf(path: string): string | undefined {
  if (!mayMarkClaudeMpmProject(path)) return undefined;
  let best: number | undefined;
  for (const { pattern, project } of MARKERS) {
    const m = pattern.exec(path);
    if (m) {
      const at = project(m);
      if (best === undefined || at < best) best = at;
    }
  }
  if (best === undefined) return undefined;
  // `m.index` is the slash before the marker (or 0 at the top): keep that slash.
  return path[best] === '/' ? path.slice(0, best + 1) : path.slice(0, best);
}

/**
 * Whether a path may be a marker: every marker holds one of these words, in a path (with either
 * slash) as in its URI (encoding leaves them as they are). A workspace's walk asks for every file
 * and folder, and the four expressions are tried at every offset.
 */
export function mayMarkClaudeMpmProject(path: string): boolean {
  return path.includes('claude_mpm') || path.includes('.claude-mpm') || path.includes('templates');
}

/**
 * The claude-mpm project folders among many paths (files and folders a host walked), outermost
 * only: a project inside another adds nothing.
 */
export function detectClaudeMpmProjects(paths: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const p of paths) {
    const project = claudeMpmProjectOf(p);
    if (project !== undefined) found.add(project);
  }
  const sorted = [...found].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const p of sorted) if (!out.some((o) => p.startsWith(o))) out.push(p);
  return out;
}

/** A file's framework: the setting when it names one, else claude-mpm inside a detected project. */
export function frameworkOf(uri: string, setting: FrameworkSetting, projects: readonly string[]): Framework {
  if (setting !== 'auto') return setting;
  return projects.some((p) => uri.startsWith(p)) ? 'claude-mpm' : 'claude-code';
}
