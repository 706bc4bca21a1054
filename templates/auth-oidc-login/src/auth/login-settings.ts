import type { Config, EnvRule } from '../config.js';

/** The issuer to sign in with: OIDC_ISSUER_URL, or the Auth0 tenant AUTH0_DOMAIN names. */
export function issuerOf(config: Config): string | undefined {
  if (config.OIDC_ISSUER_URL) return config.OIDC_ISSUER_URL;
  return config.AUTH0_DOMAIN ? `https://${config.AUTH0_DOMAIN}/` : undefined;
}

/** Each part sign-in needs, from its setting or the AUTH0_* one a Flask service already has. */
const partsOf = (config: Config) => ({
  issuer: issuerOf(config),
  clientId: config.OIDC_CLIENT_ID ?? config.AUTH0_CLIENT_ID,
  clientSecret: config.OIDC_CLIENT_SECRET ?? config.AUTH0_CLIENT_SECRET,
  secret: config.APP_SECRET_KEY,
});

const settingsOfPart: Record<keyof ReturnType<typeof partsOf>, string> = {
  issuer: 'OIDC_ISSUER_URL (or AUTH0_DOMAIN)',
  clientId: 'OIDC_CLIENT_ID (or AUTH0_CLIENT_ID)',
  clientSecret: 'OIDC_CLIENT_SECRET (or AUTH0_CLIENT_SECRET)',
  secret: 'APP_SECRET_KEY',
};

/** What sign-in needs: an issuer, this service's client and a session key; undefined while login is off. */
export function loginSettings(config: Config) {
  const { issuer, clientId, clientSecret, secret } = partsOf(config);
  if (!issuer || !clientId || !clientSecret || !secret) return undefined;
  return { issuer, clientId, clientSecret, secret };
}

export type LoginSettings = NonNullable<ReturnType<typeof loginSettings>>;

/**
 * Login is on with every part set, and off without the issuer and the
 * client (a session key alone, which a stack may hand every service, is no
 * login); with some of them, a start is refused: half a login would turn
 * it off quietly, and pages behind it would answer 503 to everyone.
 */
export const loginSettingsTogether: EnvRule = (config) => {
  const parts = partsOf(config);
  if (!parts.issuer && !parts.clientId && !parts.clientSecret) return undefined;
  const missing = (Object.keys(parts) as (keyof typeof parts)[])
    .filter((part) => !parts[part])
    .map((part) => settingsOfPart[part]);
  if (missing.length === 0) return undefined;
  return `OIDC login is half configured: ${missing.join(', ')} missing; set every part, or none to turn login off`;
};

/**
 * The public URL of this service, where the issuer sends people back to.
 * Outside production it defaults to the local address; in production it
 * must be said, since a default there would send every sign-in to a
 * machine's own loopback.
 */
export const baseUrlOf = (config: Config) => config.BASE_URL ?? `http://127.0.0.1:${config.PORT}`;

export const baseUrlInProduction: EnvRule = (config) =>
  config.NODE_ENV === 'production' && loginSettings(config) && !config.BASE_URL
    ? 'BASE_URL: missing; with login on, production needs the public URL of this service (the issuer sends people back to <BASE_URL>/callback)'
    : undefined;
