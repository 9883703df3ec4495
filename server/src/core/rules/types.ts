import type { AgentDocsConfig } from '../config/config';
import type { ParsedDocument } from '../document/parse';
import type { DocumentKind, Fix, RelatedInformation, Severity } from '../types';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { Indexer, WorkspaceIndex } from '../workspace/workspaceIndex';

/** What the registry, the docs page and the settings schema know about a rule. */
export interface RuleMeta {
  /** Stable kebab-case id: the diagnostic `code`, the config key and the docs anchor. */
  readonly id: string;
  /** One line, shown in `agent-docs rules` and the settings schema. */
  readonly description: string;
  readonly severity: Severity;
  readonly kinds: readonly DocumentKind[];
  /** Markdown for docs/rules.md: why it matters, an example. */
  readonly docs: string;
  /** Whether its findings carry a fix. */
  readonly fixable: boolean;
  /** Indexer keys it reads across files; open documents are linted again when they change. */
  readonly dependsOn?: readonly string[];
  /**
   * Indexer keys of the file's own facts it reads (`ownFact`): a batch host extracts them in its
   * first pass, so that the cross-file pass does not read and parse the file again for them.
   */
  readonly ownFacts?: readonly string[];
  /**
   * What happens in Claude Code (or in the flow) to a file this rule reports, which is what its
   * severity follows, and where that is established. docs/rules.md prints both; a unit test
   * requires them for every rule.
   */
  readonly consequence?: RuleConsequence;
}

export interface RuleConsequence {
  /** One or two sentences: what Claude Code does with such a file (or what goes wrong otherwise). */
  readonly text: string;
  /** How we know: the validator's message, the binary's loader, a docs page, a public issue. */
  readonly evidence: readonly string[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
  /**
   * For a rule with `dependsOn`: whether it can report anything on a file, given the file's own
   * facts (`own(indexer)`, typed by the indexer). When it cannot, other files' facts do not matter
   * to that file, so a change in them does not make it be linted again. Leave it out when unsure:
   * the default is yes.
   */
  appliesTo?(own: <T>(indexer: Indexer<T>) => T | undefined): boolean;
}

/** Offsets into the document; the context turns them into ranges. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Report {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  related?: RelatedInformation[];
  tags?: ('unnecessary' | 'deprecated')[];
  /** Overrides the rule's default severity for this one finding (config still wins). */
  severity?: Severity;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly config: AgentDocsConfig;
  readonly workspace: WorkspaceIndex;
  /** The workspace's files as the host lists them (exact letter case), and the plugin manifests. */
  readonly files: WorkspaceFiles;
  report(report: Report): void;
  /** A fix made of edits to this document. */
  fix(title: string, edits: OffsetEdit[], preferred?: boolean): Fix;
}
