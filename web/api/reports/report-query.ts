import { z } from 'zod';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { REPORT_EXPORT_FORMATS } from '../../contract/reports.js';

const id = z.coerce.number().int().positive();

/** The query of every report (web/contract/reports.ts, `ReportQuery`). */
export const reportQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  unitId: id.optional(),
  categoryId: id.optional(),
});

/** An export adds the file format and, optionally, the language of its headers (the request's otherwise). */
export const exportQuery = reportQuery.extend({
  format: z.enum(REPORT_EXPORT_FORMATS),
  language: z.enum(['fa', 'en']).optional(),
});

export type ReportQueryInput = z.output<typeof reportQuery>;

/** The range as instants; a range that does not end after it starts is refused, naming `to`. */
export function reportRange(query: ReportQueryInput): { from: Date; to: Date } {
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (to.getTime() <= from.getTime()) throw new ValidationError([{ field: 'to', messageKey: 'calendar.interval.endNotAfterStart', params: { start: query.from, end: query.to } }]);
  return { from, to };
}
