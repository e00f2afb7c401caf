/** The ticket events that send SMS (the `event` header of `sms.send` in the models). */
export const TICKET_SMS_EVENTS = ['ticket.registered', 'ticket.informationRequested', 'ticket.resolved', 'ticket.escalated', 'ticket.closed'] as const;
export type TicketSmsEvent = (typeof TICKET_SMS_EVENTS)[number];
