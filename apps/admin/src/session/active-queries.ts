import { type Client, type Exchange, makeOperation, type Operation } from 'urql';
import { pipe, tap } from 'wonka';

/**
 * Keeps the queries whose results are on screen, so that all of them can be asked again: after a
 * language switch the server's texts (step names, role names, reasons) come in the new language,
 * while the client, its cache and every open form stay.
 */
export function activeQueries(): { exchange: Exchange; refetch(): void } {
  const active = new Map<number, Operation>();
  let client: Client | undefined;
  const exchange: Exchange = (input) => {
    client = input.client;
    return (operations$) =>
      input.forward(
        pipe(
          operations$,
          tap((operation) => {
            if (operation.kind === 'query') active.set(operation.key, operation);
            if (operation.kind === 'teardown') active.delete(operation.key);
          }),
        ),
      );
  };
  const refetch = () => {
    for (const operation of active.values())
      client?.reexecuteOperation(
        makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }),
      );
  };
  return { exchange, refetch };
}
