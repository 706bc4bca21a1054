import type { Request, Response } from 'express';

/** Who is calling an API route, as an authenticator proved it. */
export interface ApiClient {
  id: string;
  scheme: string;
  /** Route scopes this client may call; `*` is all of them. */
  scopes: readonly string[];
}

/** One way of proving who calls: a Hawk signature, an API key, a bearer token. */
export interface Authenticator {
  scheme: string;
  /** The WWW-Authenticate challenge naming this scheme, sent with a 401. */
  challenge: string;
  /** Whether the request carries this scheme's credentials at all. */
  presentIn(req: Request): boolean;
  /**
   * The client the credentials prove; throws an AppError (401, or 400 when
   * malformed) otherwise. It may sign the response (Hawk's Server-Authorization).
   */
  authenticate(req: Request, res: Response): ApiClient | Promise<ApiClient>;
}

export function hasScope(client: ApiClient, scope: string): boolean {
  return client.scopes.includes('*') || client.scopes.includes(scope);
}
