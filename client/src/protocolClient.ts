import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationDescriptor, RequestDescriptor } from '../../server/src/protocol';

/** Sends a custom request declared in the shared protocol module, typed by its descriptor. */
export function sendRequest<P, R>(client: LanguageClient, d: RequestDescriptor<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(d.method, params);
}

/** Listens to a custom notification declared in the shared protocol module. */
export function onNotification<P>(client: LanguageClient, d: NotificationDescriptor<P>, handler: (params: P) => void): Disposable {
  return client.onNotification(d.method, handler);
}
