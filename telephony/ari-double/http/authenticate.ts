import type { IncomingHttpHeaders } from 'node:http';

/**
 * ARI accepts HTTP basic credentials, else an `api_key=user:password` query parameter
 * (`authenticate_user` in res_ari.c).
 */
export function isAuthenticated(headers: IncomingHttpHeaders, query: URLSearchParams, username: string, password: string): boolean {
  const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  const credentials = basic !== undefined ? Buffer.from(basic, 'base64').toString('utf8') : query.get('api_key');
  if (credentials === null || credentials === '') return false;
  const colon = credentials.indexOf(':');
  if (colon < 0) return false;
  return credentials.slice(0, colon) === username && credentials.slice(colon + 1) === password;
}

export const authenticationRealm = 'Asterisk REST Interface';
