/** Messages of the audit feature in Persian; keys start with `audit.`. */
export const auditFa = {} satisfies Readonly<Record<string, string>>;
