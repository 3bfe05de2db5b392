// Handlers never take the server down: a failure is logged to the client's console and answered
// with a proper JSON-RPC error (requests) or dropped (notifications).
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { PresslintInputError } from '../engine';

export function describe(err: unknown): string {
  if (err instanceof PresslintInputError) return err.message;
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}

export function safeRequest<P, R>(
  connection: Connection,
  name: string,
  handler: (params: P, token: CancellationToken) => Promise<R> | R,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (err) {
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
      connection.console.error(`presslint: ${name} failed: ${describe(err)}`);
      const message = err instanceof Error ? err.message : String(err);
      return new ResponseError(LSPErrorCodes.RequestFailed, `presslint: ${name} failed: ${message}`);
    }
  };
}

export function safeNotification<P>(connection: Connection, name: string, handler: (params: P) => Promise<void> | void): (params: P) => void {
  return (params) => {
    try {
      const r = handler(params);
      if (r && typeof (r as Promise<void>).catch === 'function') {
        (r as Promise<void>).catch((err) => connection.console.error(`presslint: ${name} failed: ${describe(err)}`));
      }
    } catch (err) {
      connection.console.error(`presslint: ${name} failed: ${describe(err)}`);
    }
  };
}
