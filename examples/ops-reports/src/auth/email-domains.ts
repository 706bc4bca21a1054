/** The part after the last `@`, lower-cased: `a@b@example.org` belongs to example.org. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** What the issuer says of the address of the person who signed in. */
export interface EmailClaims {
  email?: string;
  email_verified?: boolean;
}

/**
 * Everyone when the allow-list is empty; otherwise only addresses whose
 * domain is on it, exactly, and that the issuer has verified: where people
 * sign themselves up, anyone can type an address of an allowed domain.
 */
export function emailAllowed(
  { email, email_verified }: EmailClaims,
  allowedDomains: readonly string[],
): boolean {
  if (allowedDomains.length === 0) return true;
  if (email_verified !== true || !email?.includes('@')) return false;
  return allowedDomains.map((domain) => domain.toLowerCase()).includes(emailDomain(email));
}
