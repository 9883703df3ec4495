import { FLOW_GRAPH_KEYS, flowGraph, flowOfFile } from '../core';
import { FlowChangedNotification, FlowGraphRequest, type FlowGraphParams, type FlowGraphResult } from '../protocol';
import type { Session } from './session';

const NOTIFY_DELAY_MS = 150;

/**
 * Serves the Flow view: the flow graph of one flow (asked for by id, or by a file of it), with the
 * list of flows for the picker; and tells the client (debounced) when a fact the graph reads
 * changed, so an open view redraws.
 */
export function registerFlowView(session: Session): void {
  const { connection, service } = session;
  const graphFor = (params: FlowGraphParams): FlowGraphResult => {
    const all = flowGraph(service.index, service.files);
    const chosen = all.flows.find((f) => f.id === params.flow) ?? (params.uri ? flowOfFile(all, params.uri) : undefined) ?? all.flows[0];
    const graph = chosen ? flowGraph(service.index, service.files, { flow: chosen.id }) : { flows: [], nodes: [], edges: [] };
    return { flows: [...all.flows], flow: chosen?.id ?? null, graph };
  };
  connection.onRequest(FlowGraphRequest.method, (params: FlowGraphParams | undefined) => graphFor(params ?? {}));

  const watched = new Set(FLOW_GRAPH_KEYS);
  let timer: NodeJS.Timeout | undefined;
  const notify = () => {
    timer = undefined;
    session.notify(FlowChangedNotification.method, {});
  };
  session.onIndexed(() => session.notify(FlowChangedNotification.method, {}));
  service.index.onDidChange((_uri, keys) => {
    if (!session.isIndexed() || !keys.some((k) => watched.has(k))) return;
    timer ??= setTimeout(notify, NOTIFY_DELAY_MS);
  });
}
