/** How a ticket reached us. `internal` is a ticket staff opened themselves. */
export const TICKET_CHANNELS = ['phone', 'portal', 'email', 'voicemail', 'api', 'internal'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
