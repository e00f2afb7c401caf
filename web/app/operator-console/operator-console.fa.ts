/** Messages of the operator-console feature in Persian; keys start with `operatorConsole.`. */
export const operatorConsoleFa = {} satisfies Readonly<Record<string, string>>;
