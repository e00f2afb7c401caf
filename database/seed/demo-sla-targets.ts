import type { TicketPriority } from '../../core/tickets/ticket-priority.js';

/** Business minutes to the first response and to resolution; a null category or priority matches any. */
export interface DemoSlaTarget {
  readonly category: string | null;
  readonly priority: TicketPriority | null;
  readonly responseMinutes: number;
  readonly resolutionMinutes: number;
}

// A business day is 480 minutes (08:00–16:00).
export const DEMO_SLA_TARGETS: readonly DemoSlaTarget[] = [
  { category: null, priority: 'critical', responseMinutes: 30, resolutionMinutes: 240 },
  { category: null, priority: 'high', responseMinutes: 60, resolutionMinutes: 480 },
  { category: null, priority: 'medium', responseMinutes: 240, resolutionMinutes: 1440 },
  { category: null, priority: 'low', responseMinutes: 480, resolutionMinutes: 2400 },
  // An outage stops a whole floor: answer within minutes.
  { category: 'HW-NET', priority: 'critical', responseMinutes: 15, resolutionMinutes: 120 },
  { category: 'HW-NET', priority: 'high', responseMinutes: 30, resolutionMinutes: 240 },
  // Salaries are paid on a fixed day.
  { category: 'SW-FIN-PAYROLL', priority: null, responseMinutes: 60, resolutionMinutes: 480 },
  { category: 'SW-OA-SIGN', priority: 'high', responseMinutes: 30, resolutionMinutes: 240 },
  // Changes to forms and workflows go through analysis and testing.
  { category: 'SW-OA-CHANGE', priority: null, responseMinutes: 960, resolutionMinutes: 9600 },
  // Contractors work to the response times of their contracts.
  { category: 'HW-PRINTER', priority: null, responseMinutes: 240, resolutionMinutes: 1920 },
  { category: 'TRN', priority: null, responseMinutes: 960, resolutionMinutes: 4800 },
];
