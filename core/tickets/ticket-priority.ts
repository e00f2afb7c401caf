/**
 * A priority's code. Priorities are defined by the admin (the `priorities` table: code, names,
 * colour, rank), so a code is any short string; these four are the ones seeded on first start.
 */
export type TicketPriority = string;

/** The seeded priorities, most urgent first. */
export const SEEDED_TICKET_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
