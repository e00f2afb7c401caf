/** Messages of the portal feature in Persian; keys start with `portal.`. */
export const portalFa = {} satisfies Readonly<Record<string, string>>;
