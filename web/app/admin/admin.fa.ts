/** Messages of the admin feature in Persian; keys start with `admin.`. */
export const adminFa = {} satisfies Readonly<Record<string, string>>;
