/** Messages of the cartable feature in Persian; keys start with `cartable.`. */
export const cartableFa = {} satisfies Readonly<Record<string, string>>;
