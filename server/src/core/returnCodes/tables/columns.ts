/**
 * What a table's header says about its columns, for return-code tables: a code column, a state
 * column, a next-state (or action) column and a description column. Header texts are compared
 * trimmed, without emphasis, in any case.
 */
export interface TableColumns {
  readonly code?: number;
  readonly state?: number;
  readonly next?: number;
  readonly description?: number;
}

/**
 * What a table is for:
 * - `codes`: the standard codes (`| Code | Description |`): a code column and no state column;
 * - `transitions`: return-code transitions (`| Current State | Return Code | Next State Action |`);
 * - `states`: state-to-state transitions without return codes of the table's own (`| State Name |
 *   Transition State | Code |` of an orchestration level), read only for the ways out of a state.
 */
export type TableRole = 'codes' | 'transitions' | 'states';

const CODE = /^(?:return[\s_-]*)?codes?$/;
const STATE = /^(?:current[\s_-]*|from[\s_-]*)?state(?:[\s_-]*name)?$|^from$/;
const NEXT = /^(?:next[\s_-]*state(?:[\s_-]*action)?|transition[\s_-]*state|next[\s_-]*action|next|to|target[\s_-]*state|then|action)$/;
const DESCRIPTION = /^(?:description|meaning|when|condition|notes?)$/;

const clean = (text: string) => text.replace(/[*_`]/g, '').trim().toLowerCase();

export function tableColumns(header: readonly string[]): TableColumns {
  const cleaned = header.map(clean);
  const find = (re: RegExp) => {
    const i = cleaned.findIndex((h) => re.test(h));
    return i < 0 ? undefined : i;
  };
  const code = find(CODE);
  const state = find(STATE);
  const next = find(NEXT);
  const description = find(DESCRIPTION);
  return {
    ...(code !== undefined ? { code } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(next !== undefined ? { next } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * The role of a table in a return-code definition (`codes`, `transitions`), or elsewhere
 * (`states`: the ways out of states), from its header; undefined for any other table.
 */
export function tableRole(header: readonly string[], inDefinition: boolean): TableRole | undefined {
  const c = tableColumns(header);
  if (inDefinition && c.code !== undefined && c.state === undefined) return 'codes';
  if (inDefinition && c.code !== undefined && c.state !== undefined && c.next !== undefined) return 'transitions';
  if (c.state !== undefined && c.next !== undefined) return 'states';
  return undefined;
}
