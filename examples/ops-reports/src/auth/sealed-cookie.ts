import { createHash } from 'node:crypto';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';

/**
 * Cookies whose content is encrypted and authenticated (JWE, A256GCM) with
 * a key derived from APP_SECRET_KEY: the browser keeps them but can neither
 * read nor alter them, and they expire by themselves.
 */
export function sealedCookies(secret: string, secure: boolean) {
  const key = createHash('sha256').update(secret).digest();
  const options = { httpOnly: true, secure, sameSite: 'lax' as const, path: '/' };

  return {
    async set(
      res: Response,
      name: string,
      payload: JWTPayload,
      lifetimeSeconds: number,
    ): Promise<void> {
      const sealed = await new EncryptJWT(payload)
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .encrypt(key);
      res.cookie(name, sealed, { ...options, maxAge: lifetimeSeconds * 1000 });
    },
    /** The payload, or undefined when the cookie is missing, tampered with or expired. */
    async get(req: Request, name: string): Promise<JWTPayload | undefined> {
      const sealed = readCookie(req, name);
      if (!sealed) return undefined;
      return jwtDecrypt(sealed, key).then(
        ({ payload }) => payload,
        () => undefined,
      );
    },
    clear(res: Response, name: string): void {
      res.clearCookie(name, options);
    },
  };
}

/** The cookie's value; a header that cannot be read, or a bad escape in it, is no cookie. */
function readCookie(req: Request, name: string): string | undefined {
  return parseCookie(req.get('cookie') ?? '')[name];
}
