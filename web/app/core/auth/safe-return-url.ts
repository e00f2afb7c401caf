/**
 * A return address taken from the query string, kept only when it is a path of this app, so that a
 * crafted sign-in link cannot send the user to another site (`//evil.example`, `https://…`) or back
 * to the sign-in page itself.
 */
export function safeReturnUrl(candidate: unknown): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return '/';
  if (candidate === '/login' || candidate.startsWith('/login?') || candidate.startsWith('/login/')) return '/';
  return candidate;
}
