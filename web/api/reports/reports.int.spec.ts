import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import { seedReportFixture, type ReportFixture } from '../../../database/repositories/reports/test-support/report-fixture.js';
import { REPORT_IDS, type ReportOptions, type ReportResult, type ReportTable } from '../../contract/reports.js';
import type { ApiClient } from '../test-support/api-client.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

describe('reports over HTTP', () => {
  let api: TestApi;
  let fixture: ReportFixture;
  let range: string;

  before(async () => {
    api = await startTestApi(await createTestDatabase());
    fixture = await seedReportFixture(api.db);
    api.clock.advance(fixture.now.getTime() - api.clock.now().getTime());
    range = `from=${encodeURIComponent(fixture.from.toISOString())}&to=${encodeURIComponent(fixture.to.toISOString())}`;
  });
  after(() => api.close());

  const table = (result: ReportResult, id: string): ReportTable => {
    const found = result.tables.find((candidate) => candidate.id === id);
    assert.ok(found, `table ${id}`);
    return found;
  };

  /** The raw bytes of an export, with the client's cookies. */
  async function download(client: ApiClient, path: string, language = 'fa'): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${client.baseUrl}${path}`, { headers: { Cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '), 'Accept-Language': language } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  describe('who may read them', () => {
    it('given nobody signed in, when a report is asked for, then 401', async () => {
      assert.equal((await api.client().get(`/api/reports/dashboard?${range}`)).status, 401);
      assert.equal((await download(api.client(), `/api/reports/dashboard/export?${range}&format=csv`)).status, 401);
    });

    for (const username of ['requester', 'netstaff', 'swstaff', 'operator1']) {
      it(`given ${username}, who is neither supervisor, administrator nor auditor, when any report or its export is asked for, then 403`, async () => {
        const client = await api.as(username);
        for (const id of REPORT_IDS) assert.equal((await client.get(`/api/reports/${id}?${range}`)).status, 403, id);
        assert.equal((await client.get('/api/reports/options')).status, 403);
        assert.equal((await download(client, `/api/reports/staff/export?${range}&format=xlsx`)).status, 403);
      });
    }

    it('given an administrator and an auditor, when every report is asked for, then each answers for the whole organization', async () => {
      for (const username of ['admin', 'auditor']) {
        const client = await api.as(username);
        for (const id of REPORT_IDS) {
          const answer = await client.get<ReportResult>(`/api/reports/${id}?${range}`);
          assert.equal(answer.status, 200, `${username} ${id}`);
          assert.equal(answer.body.report, id);
          assert.equal(answer.body.scope, 'organization');
        }
      }
      const dashboard = (await (await api.as('admin')).get<ReportResult>(`/api/reports/dashboard?${range}`)).body;
      assert.equal(table(dashboard, 'kpis').rows[0]!.registered, 8);
    });

    it('given the network supervisor, when reports are read, then only the tickets, positions and operators of the network subtree count', async () => {
      const client = await api.as('netsuper');
      const dashboard = (await client.get<ReportResult>(`/api/reports/dashboard?${range}`)).body;
      assert.equal(dashboard.scope, 'subtree');
      assert.equal(table(dashboard, 'kpis').rows[0]!.registered, 4, 'T1, T2, T3, T9 reached the network positions');
      const staff = (await client.get<ReportResult>(`/api/reports/staff?${range}`)).body;
      assert.deepEqual(table(staff, 'positions').rows.map((row) => row.positionId), [fixture.positions.networkExpert, fixture.positions.networkHead]);
      const operators = (await client.get<ReportResult>(`/api/reports/operators?${range}`)).body;
      assert.deepEqual(table(operators, 'operators').rows, []);
      assert.deepEqual(table(operators, 'queues').rows, []);
      const daily = (await client.get<ReportResult>(`/api/reports/daily?${range}`)).body;
      assert.deepEqual(
        table(daily, 'tickets').rows.map((row) => row.ticketId),
        [fixture.tickets.T8, fixture.tickets.T1, fixture.tickets.T2, fixture.tickets.T3, fixture.tickets.T9],
      );
      const csv = (await download(client, `/api/reports/daily/export?${range}&format=csv`)).bytes.toString('utf8');
      assert.equal(csv.split('\r\n').filter((line) => /^7000/.test(line)).length, 5, 'the export has the same scope');
    });

    it('given the IT director, whose subtree holds the operators, when the operator report is read, then both operators and the queues are there', async () => {
      const operators = (await (await api.as('director')).get<ReportResult>(`/api/reports/operators?${range}`)).body;
      assert.deepEqual(table(operators, 'operators').rows.map((row) => row.userId), [fixture.users.operator1, fixture.users.operator2]);
      assert.deepEqual(table(operators, 'queues').rows.map((row) => row.queue), ['support', 'training']);
    });
  });

  describe('queries', () => {
    it('given a range that ends before it starts, or no date, when asked, then 400 names the field', async () => {
      const client = await api.as('admin', 'en');
      const backwards = await client.get<{ problems: Array<{ field: string; message: string }> }>(`/api/reports/daily?from=${fixture.to.toISOString()}&to=${fixture.from.toISOString()}`);
      assert.equal(backwards.status, 400);
      assert.equal(backwards.body.problems[0]?.field, 'to');
      const missing = await client.get<{ problems: Array<{ field: string }> }>('/api/reports/daily?from=yesterday');
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.body.problems.map((problem) => problem.field).sort(), ['from', 'to']);
      const unknown = await client.get<{ problems: Array<{ field: string }> }>(`/api/reports/dashboard?${range}&unitId=99999`);
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.problems[0]?.field, 'unitId');
    });

    it('given a unit and a category, when the dashboard is read, then both narrow it, the category down to its subsystems', async () => {
      const client = await api.as('admin');
      const dashboard = (await client.get<ReportResult>(`/api/reports/dashboard?${range}&unitId=${fixture.units.finance}&categoryId=${fixture.categories.hw}`)).body;
      assert.equal(table(dashboard, 'kpis').rows[0]!.registered, 2, 'T1 (VPN) and T3 (printer), both from finance');
      assert.deepEqual(table(dashboard, 'openByCategory').rows.map((row) => row.category), [
        { fa: 'سخت‌افزار و شبکه › چاپگر و دستگاه کپی', en: 'Hardware and network › Printers and copiers' },
        { fa: 'سخت‌افزار و شبکه › شبکه، اینترنت و VPN', en: 'Hardware and network › Network, internet and VPN' },
      ]);
    });

    it('given the priorities, when the dashboard is read, then each priority row carries the administrator’s colour', async () => {
      const dashboard = (await (await api.as('admin')).get<ReportResult>(`/api/reports/dashboard?${range}`)).body;
      assert.deepEqual(table(dashboard, 'byPriority').rows.map((row) => [row.priorityCode, row.color]), [
        ['critical', '#c62828'],
        ['high', '#ef6c00'],
        ['medium', '#f9a825'],
        ['low', '#2e7d32'],
      ]);
    });

    it('given a supervisor, when the options are read, then the units, categories and priorities come as trees with both names', async () => {
      const options = (await (await api.as('netsuper')).get<ReportOptions>('/api/reports/options')).body;
      assert.equal(options.units.find((unit) => unit.id === fixture.units.network)?.parentId, fixture.units.it);
      assert.deepEqual(options.categories.find((category) => category.id === fixture.categories.excel)?.name, { fa: 'اکسل', en: 'Excel' });
      assert.deepEqual(options.priorities.map((priority) => priority.code), ['critical', 'high', 'medium', 'low']);
    });
  });

  describe('exports', () => {
    it('given Persian, when the daily totals are exported to CSV, then the file starts with the BOM and keeps Persian headers, Jalali days and the numbers', async () => {
      const client = await api.as('admin');
      const file = await download(client, `/api/reports/daily-totals/export?${range}&format=csv`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(file.headers.get('content-disposition'), 'attachment; filename="pishkhan-daily-totals-2026-01-03_2026-01-09.csv"');
      assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
      const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
      assert.equal(lines[0], 'روز,ثبت‌شده,ثبت: تلفن,ثبت: درگاه خدمات,ثبت: پست الکترونیک,ثبت: پیام صوتی,ثبت: سامانه‌های دیگر,ثبت: داخلی,حل‌شده,بسته‌شده,ارجاع به سطح بالاتر,بازگشت برای رسیدگی دوباره');
      assert.equal(lines[1], '1404/10/13,2,1,1,0,0,0,0,2,0,0,0');
      assert.equal(lines[2], '1404/10/14,1,1,0,0,0,0,0,1,1,1,1');
      assert.equal(lines[8], 'جمع,8,5,2,1,0,0,0,6,4,1,1');
      assert.equal(lines[9], '');
    });

    it('given English, when the daily report is exported to CSV, then the headers are English, days Gregorian, and fields with commas quoted', async () => {
      const client = await api.as('admin');
      const file = await download(client, `/api/reports/daily/export?${range}&format=csv&language=en`);
      const text = file.bytes.toString('utf8');
      assert.ok(text.startsWith('\uFEFFThe day in figures\r\nRegistered,First responses,Resolved,Closed,"Of these, open now","Of these, overdue now"\r\n8,6,5,4,3,1\r\n'));
      const ticketLine = text.split('\r\n').find((line) => line.startsWith('7000100,'));
      assert.equal(ticketLine, '7000100,2026-01-03 09:00,Phone,مینا اسدی,Finance,"Hardware and network › Network, internet and VPN › VPN connection",Incident,High,Closed,,2026-01-03 09:20,2026-01-03 11:00,Requester satisfied,No');
    });

    it('given Persian, when the staff report is exported to XLSX, then each table is a right-to-left sheet with Persian headers and the rows', async () => {
      const client = await api.as('admin');
      const file = await download(client, `/api/reports/staff/export?${range}&format=xlsx`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      assert.deepEqual(workbook.worksheets.map((sheet) => sheet.name), ['به تفکیک سمت', 'به تفکیک فرد']);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.views[0]?.rightToLeft, true);
      assert.equal(sheet.getCell(1, 1).value, 'عملکرد کارشناسان: به تفکیک سمت');
      assert.equal(sheet.getCell(2, 1).value, '1404/10/13 – 1404/10/19');
      const header = (sheet.getRow(4).values as unknown[]).slice(1);
      assert.deepEqual(header.slice(0, 5), ['سمت', 'واحد', 'متصدیان', 'دریافتی در بازه', 'در کارتابل (اکنون)']);
      const rows = [5, 6, 7].map((index) => (sheet.getRow(index).values as unknown[]).slice(1));
      assert.deepEqual(rows.map((row) => row.slice(0, 4)), [
        ['کارشناس شبکه', 'شبکه', 'علی رضایی', 2],
        ['رئیس شبکه', 'شبکه', 'کامران یوسفی', 3],
        ['کارشناس نرم‌افزار', 'فناوری اطلاعات', 'نیلوفر صادقی', 4],
      ]);
      assert.equal(sheet.getRow(8).values.length, 0, 'no more rows');
      const reworkRate = sheet.getCell(6, 11);
      assert.equal(reworkRate.value, 0.5);
      assert.equal(reworkRate.numFmt, '0.0%');
    });

    it('given English, when the response times are exported to XLSX, then the sheets are left to right with English headers and a totals row', async () => {
      const client = await api.as('auditor');
      const file = await download(client, `/api/reports/response-times/export?${range}&format=xlsx&language=en`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.views[0]?.rightToLeft, false);
      assert.equal(sheet.getCell(4, 1).value, 'Priority');
      assert.deepEqual((sheet.getRow(5).values as unknown[]).slice(1, 4), ['Critical', 1, 1]);
      assert.deepEqual((sheet.getRow(9).values as unknown[]).slice(1, 5), ['All', 8, 6, 35]);
      assert.equal(workbook.worksheets[1]!.getCell(5, 1).value, 'Up to 15 min');
    });

    it('given the English dashboard, when exported to XLSX, then days are real dates', async () => {
      const file = await download(await api.as('admin'), `/api/reports/dashboard/export?${range}&format=xlsx&language=en`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const trend = workbook.worksheets.find((sheet) => sheet.name === 'Daily trend')!;
      assert.deepEqual(trend.getCell(5, 1).value, new Date('2026-01-03T00:00:00Z'));
      assert.equal(trend.getCell(5, 1).numFmt, 'yyyy-mm-dd');
    });
  });
});
