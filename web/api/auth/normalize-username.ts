/** Usernames are compared without regard to case or surrounding spaces. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}
