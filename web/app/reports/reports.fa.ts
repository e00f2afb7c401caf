/** Messages of the reports feature in Persian; keys start with `reports.`. */
export const reportsFa = {} satisfies Readonly<Record<string, string>>;
