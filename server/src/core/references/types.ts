/** What a name in a document refers to. `slash` names a skill or a command (they share `/`). */
export type NameKind = 'agent' | 'skill' | 'slash';

/** Where and how a name is written. */
export type NameForm =
  /** `Agent(a, b)` / `Task(a)` in `tools` or `allowed-tools`. */
  | 'tools'
  /** `Agent(a)` in `disallowedTools` or `disallowed-tools`. */
  | 'disallowed-tools'
  /** An entry of an agent's `skills:` list. */
  | 'skills-field'
  /** `subagent_type: x` (a Task/Agent tool call written out). */
  | 'subagent-type'
  /** `@agent-x`. */
  | 'at-mention'
  /** "the `x` subagent", "use the `x` agent". */
  | 'prose'
  /** An orchestrator's `### x:` subsection under its return codes. */
  | 'subsection'
  /** `/x` or `/plugin:x`. */
  | 'slash';

/** One reference to an agent, skill or command. */
export interface NameReference {
  readonly kind: NameKind;
  readonly form: NameForm;
  /** The name as written (without `@agent-` or `/`). */
  readonly name: string;
  /** Offsets of the name itself. */
  readonly start: number;
  readonly end: number;
  /**
   * False in fenced code that is an example, and in other places where a wrong name costs
   * nothing: navigable, never reported.
   */
  readonly checked: boolean;
}
