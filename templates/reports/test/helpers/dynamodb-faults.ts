import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const NAME = 'injectedFault';

/**
 * Makes the `nth` call of `command` (from now on) fail as a dropped
 * connection would, before it reaches the database; the calls around it go
 * through to the real engine. Resolves nothing; call the result to stop.
 */
export function failCall(client: DynamoDBClient, command: string, nth: number): () => void {
  let seen = 0;
  client.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === command && ++seen === nth)
        return Promise.reject(new Error(`injected fault: ${command} call ${nth} was cut off`));
      return next(args);
    },
    { step: 'initialize', name: NAME },
  );
  return () => client.middlewareStack.remove(NAME);
}
