import type { TicketPriority } from '../../core/tickets/ticket-priority.js';

export interface DemoPriority {
  readonly code: TicketPriority;
  readonly fa: string;
  readonly en: string;
  readonly color: string;
  readonly rank: number;
  readonly isDefault: boolean;
}

/** Rank 1 is the most urgent; cartable rows take these colours. */
export const DEMO_PRIORITIES: readonly DemoPriority[] = [
  { code: 'critical', fa: 'بحرانی', en: 'Critical', color: '#c62828', rank: 1, isDefault: false },
  { code: 'high', fa: 'بالا', en: 'High', color: '#ef6c00', rank: 2, isDefault: false },
  { code: 'medium', fa: 'متوسط', en: 'Medium', color: '#f9a825', rank: 3, isDefault: true },
  { code: 'low', fa: 'پایین', en: 'Low', color: '#2e7d32', rank: 4, isDefault: false },
];
