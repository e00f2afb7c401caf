import type { Router } from 'express';
import { REPORT_IDS } from '../../contract/reports.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { rangeDays } from './export/cell-text.js';
import { writeCsv } from './export/write-csv.js';
import { writeXlsx } from './export/write-xlsx.js';
import { REPORT_ROLES } from './report-access.js';
import { REPORTS } from './report-catalogue.js';
import { reportOptions } from './report-options.js';
import { exportQuery, reportQuery } from './report-query.js';
import { runReport } from './run-report.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The /api/reports endpoints: the filters' options, each report as JSON tables, and each report
 * exported to CSV (UTF-8 with a byte order mark) or XLSX (right to left in Persian). Supervisors see
 * the tickets of the positions they oversee; administrators and auditors the whole organization.
 */
export function reportRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/reports/options', tag: 'reports', summary: 'What the report filters offer: units, categories (trees) and priorities', access: REPORT_ROLES },
    ({ principal }) => reportOptions(deps.db, principal),
  );
  for (const id of REPORT_IDS) {
    const definition = REPORTS[id];
    routes.route(
      { method: 'get', path: `/reports/${id}`, tag: 'reports', summary: `${definition.title.en}: tables for the range [from, to), optionally for a requester unit and a category (each with everything below it)`, access: REPORT_ROLES, query: reportQuery },
      async ({ principal, query }) => (await runReport(deps, definition, principal, query)).result,
    );
    routes.route(
      {
        method: 'get',
        path: `/reports/${id}/export`,
        tag: 'reports',
        summary: `${definition.title.en} as a file: CSV (UTF-8 with BOM) or XLSX (one sheet per table, right to left in Persian), headers in \`language\``,
        access: REPORT_ROLES,
        query: exportQuery,
      },
      async ({ principal, query, language, response }) => {
        const { format, language: asked, ...filters } = query;
        const { result, timeZone } = await runReport(deps, definition, principal, filters);
        const fileLanguage = asked ?? language;
        const body = format === 'csv' ? writeCsv(result, fileLanguage, timeZone) : await writeXlsx(result, fileLanguage, timeZone);
        const days = rangeDays(result.from, result.to, timeZone);
        response.setHeader('Content-Type', CONTENT_TYPES[format]);
        response.setHeader('Content-Disposition', `attachment; filename="pishkhan-${id}-${days.first}${days.last === days.first ? '' : `_${days.last}`}.${format}"`);
        response.setHeader('Cache-Control', 'no-store');
        response.status(200).send(body);
      },
    );
  }
  return routes.router;
}
