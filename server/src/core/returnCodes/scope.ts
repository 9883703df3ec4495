/**
 * Which files belong to one flow. A workspace may hold several unrelated flows (a monorepo of
 * plugins, a folder of collections): an orchestrator routes the agents of its own project, not a
 * namesake in a sibling folder. A file's flow root is the folder above its `.claude/`, `agents/` or
 * `commands/` folder (so `x/.claude/agents/a.md` and `x/.claude/commands/c.md` share `x`), or its
 * own folder for other files. Two files are in one flow when one root contains the other.
 */
export function flowRoot(uri: string): string {
  const claude = uri.lastIndexOf('/.claude/');
  if (claude >= 0) return uri.slice(0, claude);
  const folder = /\/(?:agents|commands)\/(?!.*\/(?:agents|commands)\/)/.exec(uri);
  if (folder) return uri.slice(0, folder.index);
  return uri.slice(0, uri.lastIndexOf('/'));
}

/** Whether two flow roots are the same folder or one contains the other. */
export function sameFlow(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
