/** Messages of the tickets feature in Persian; keys start with `ticket.`. */
export const ticketFa = {} satisfies Readonly<Record<string, string>>;
