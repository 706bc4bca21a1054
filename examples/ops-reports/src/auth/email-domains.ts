/** The part after the last `@`, lower-cased: `a@b@example.org` belongs to example.org. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Everyone when the allow-list is empty; otherwise only addresses whose domain is on it, exactly. */
export function emailAllowed(
  email: string | undefined,
  allowedDomains: readonly string[],
): boolean {
  if (allowedDomains.length === 0) return true;
  if (!email?.includes('@')) return false;
  return allowedDomains.map((domain) => domain.toLowerCase()).includes(emailDomain(email));
}
