/** Messages of the auth feature in Persian; keys start with `auth.`. */
export const authFa = {} satisfies Readonly<Record<string, string>>;
