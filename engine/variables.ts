/** Process variables as JSON values; FEEL dates and durations are stored as their ISO strings, as Zeebe does. */
export type Variables = Record<string, unknown>;
