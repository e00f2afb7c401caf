/** Messages of the designer feature in Persian; keys start with `designer.`. */
export const designerFa = {} satisfies Readonly<Record<string, string>>;
