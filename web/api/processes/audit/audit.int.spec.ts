import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { TicketAction } from '../../../../core/tickets/ticket-action.js';
import { modelsOf } from '../../../../database/models/index.js';
import { encodeAction } from '../../../../database/repositories/tickets/ticket-action-codec.js';
import { createTestDatabase } from '../../../../database/test-support/test-database.js';
import type { AuditCategoriesResponse, AuditTicketDetail, AuditTicketPage } from '../../../contract/audit.js';
import { startProcessesTestApi, type ProcessesTestApi } from '../test-support/processes-test-api.js';

describe('the audit API over HTTP', () => {
  let api: ProcessesTestApi;
  const tickets: Array<{ ticketId: number; trackingCode: string; processInstanceKey: string }> = [];

  /** Appends an entry to a ticket's log as the ticket use cases write it. */
  async function logAction(ticketId: number, action: TicketAction, visibleToRequester = true): Promise<void> {
    const encoded = encodeAction(action);
    const userId = 'userId' in action.actor && action.actor.userId ? Number(action.actor.userId) : null;
    await modelsOf(api.db).TicketActionRecord.create({ ticketId, ...encoded, actorUserId: userId, visibleToRequester, idempotencyKey: null });
  }

  before(async () => {
    api = await startProcessesTestApi(await createTestDatabase());
    // Monday 2 Azar 1405 09:30 Tehran, then a day later, then a week later.
    tickets.push(await api.registerTicket('وی‌پی‌ان وصل نمی‌شود'));
    api.clock.advance(24 * 3_600_000);
    tickets.push(await api.registerTicket('اینترنت کند است'));
    api.clock.advance(7 * 24 * 3_600_000);
    tickets.push(await api.registerTicket('شبکه قطع است'));
    await modelsOf(api.db).Ticket.update({ categoryId: api.desk.categories.printer }, { where: { id: tickets[2]!.ticketId } });
    const { desk } = api;
    const reza = { kind: 'staff', personId: String(desk.people.reza), positionId: String(desk.positions.networkExpert), userId: String(desk.principals.expert.id) } as const;
    const at = (minutes: number) => new Date(api.clock.now().getTime() + minutes * 60_000);
    const first = tickets[0]!.ticketId;
    await logAction(first, { kind: 'routed', at: at(1), actor: { kind: 'system' }, target: { kind: 'positions', positionIds: [String(desk.positions.networkExpert)] }, ruleId: null });
    await logAction(first, { kind: 'started', at: at(2), actor: reza });
    await logAction(first, { kind: 'noted', at: at(3), actor: reza, text: '=HYPERLINK("http://x") مودم را بررسی کنید', visibleToRequester: false }, false);
    await logAction(first, { kind: 'referred', at: at(4), actor: reza, toPositionIds: [String(desk.positions.networkLead)], note: 'نیاز به دسترسی سرپرست' });
    await logAction(first, { kind: 'postponed', at: at(5), actor: reza, until: new Date('2026-12-01T05:30:00Z'), reason: 'منتظر قطعه' });
  });
  after(() => api.close());

  describe('GET /api/audit/tickets', () => {
    const search = async (query: string) => (await (await api.as('auditor')).get<AuditTicketPage>(`/api/audit/tickets${query}`)).body;

    it('given no filter, when an auditor searches, then every ticket comes, newest first, with its category path', async () => {
      const page = await search('');
      assert.deepEqual(page.items.map((item) => item.id), tickets.map((ticket) => ticket.ticketId).reverse());
      assert.equal(page.total, 3);
      assert.equal(page.items[2]?.category?.pathFa, 'شبکه › وی‌پی‌ان');
      assert.equal(page.items[2]?.requesterName, 'سارا احمدی');
    });

    it('given a tracking code in Persian digits, or its beginning, when searching, then that ticket is found', async () => {
      const code = tickets[1]!.trackingCode;
      const persian = code.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
      assert.deepEqual((await search(`?trackingCode=${encodeURIComponent(persian)}`)).items.map((item) => item.id), [tickets[1]!.ticketId]);
      assert.ok((await search(`?trackingCode=${code.slice(0, 3)}`)).items.some((item) => item.id === tickets[1]!.ticketId));
    });

    it('given the requester’s name with an Arabic yeh, or their phone written locally, when searching, then their tickets are found', async () => {
      assert.equal((await search(`?requester=${encodeURIComponent('سارا احمدي')}`)).total, 3);
      assert.equal((await search('?requester=09121234567')).total, 3);
      assert.equal((await search(`?requester=${encodeURIComponent('نیما')}`)).total, 0);
    });

    it('given a range of Tehran days, when searching, then only tickets registered on those days come', async () => {
      assert.deepEqual((await search('?from=2026-11-23&to=2026-11-24')).items.map((item) => item.id), [tickets[1]!.ticketId, tickets[0]!.ticketId]);
      assert.deepEqual((await search('?from=2026-11-24')).items.map((item) => item.id), [tickets[2]!.ticketId, tickets[1]!.ticketId]);
      assert.deepEqual((await search('?to=2026-11-22')).items, []);
    });

    it('given a top-level category, when searching, then tickets in its sub-categories come too', async () => {
      assert.equal((await search(`?categoryId=${api.desk.categories.network}`)).total, 2);
      assert.deepEqual((await search(`?categoryId=${api.desk.categories.hardware}`)).items.map((item) => item.id), [tickets[2]!.ticketId]);
    });

    it('given a page size, when paging, then pages split the list and the total stays', async () => {
      const second = await search('?page=2&pageSize=2');
      assert.deepEqual(second.items.map((item) => item.id), [tickets[0]!.ticketId]);
      assert.equal(second.total, 3);
    });

    it('given anyone but an auditor, when searching, then 401 or 403 (admins and designers included)', async () => {
      assert.equal((await api.client().get('/api/audit/tickets')).status, 401);
      for (const user of ['admin', 'designer', 'reza', 'sara'] as const) assert.equal((await (await api.as(user)).get('/api/audit/tickets')).status, 403, user);
      assert.equal((await (await api.as('auditor')).get('/api/audit/tickets?from=1405-09-02')).status, 400);
    });

    it('given the catalogue, when the auditor asks for categories, then each has its path in both languages', async () => {
      const answer = await (await api.as('auditor')).get<AuditCategoriesResponse>('/api/audit/categories');
      const vpn = answer.body.categories.find((category) => category.id === api.desk.categories.vpn);
      assert.equal(vpn?.pathFa, 'شبکه › وی‌پی‌ان');
      assert.equal(vpn?.parentId, api.desk.categories.network);
      assert.equal((await (await api.as('reza')).get('/api/audit/categories')).status, 403);
    });
  });

  describe('GET /api/audit/tickets/:id', () => {
    it('given a ticket with a history, when an auditor opens it, then every entry comes in order with its actor, position and a sentence, private notes included', async () => {
      const answer = await (await api.as('auditor')).get<AuditTicketDetail>(`/api/audit/tickets/${tickets[0]!.ticketId}`);
      assert.equal(answer.status, 200);
      const { ticket, actions } = answer.body;
      assert.equal(ticket.processInstanceKey, tickets[0]!.processInstanceKey);
      assert.deepEqual(actions.map((action) => action.kind), ['registered', 'routed', 'started', 'noted', 'referred', 'postponed']);
      assert.ok(actions.every((action, index) => index === 0 || action.id > actions[index - 1]!.id));
      const referred = actions[4]!;
      assert.equal(referred.kindLabel, 'ارجاع');
      assert.equal(referred.summary, 'ارجاع به سرپرست شبکه: نیاز به دسترسی سرپرست');
      assert.deepEqual(referred.actor, { kind: 'staff', name: 'reza', userId: api.desk.principals.expert.id, positionFa: 'کارشناس شبکه', positionEn: 'کارشناس شبکه' });
      assert.equal(actions[3]?.visibleToRequester, false);
      assert.equal(actions[5]?.summary, 'تا ۱۰ آذر ۱۴۰۵، ساعت ۰۹:۰۰ به تعویق افتاد: منتظر قطعه');
      assert.equal(actions[0]?.actor.name, 'nima');
    });

    it('given English, when an auditor opens it, then the sentences are English', async () => {
      const answer = await (await api.as('auditor', 'en')).get<AuditTicketDetail>(`/api/audit/tickets/${tickets[0]!.ticketId}`);
      assert.equal(answer.body.actions[1]?.summary, 'Routed to کارشناس شبکه');
      assert.equal(answer.body.actions[5]?.summary, 'Postponed until 1 Dec 2026, 09:00: منتظر قطعه');
      assert.equal(answer.body.actions[0]?.kindLabel, 'Registered');
    });

    it('given an unknown ticket or a non-auditor, when opening, then 404 or 403', async () => {
      assert.equal((await (await api.as('auditor')).get('/api/audit/tickets/999999')).status, 404);
      assert.equal((await (await api.as('reza')).get(`/api/audit/tickets/${tickets[0]!.ticketId}`)).status, 403);
    });
  });

  describe('GET /api/audit/tickets/:id/export', () => {
    it('given CSV, when exported, then a UTF-8 file with a BOM, a header and one line per entry, formulas defused', async () => {
      const answer = await (await api.as('auditor')).get<string>(`/api/audit/tickets/${tickets[0]!.ticketId}/export?format=csv`);
      assert.equal(answer.status, 200);
      assert.match(answer.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(answer.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="ticket-${tickets[0]!.trackingCode}-log.csv"`));
      const lines = answer.body.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      assert.equal(lines.length, 7);
      assert.equal(lines[0], 'ردیف,زمان,زمان (ISO),اقدام,انجام‌دهنده,سمت,شرح,دیدنی برای درخواست‌کننده');
      assert.match(lines[4] ?? '', /,"یادداشت خصوصی: =HYPERLINK\(""http:\/\/x""\) مودم را بررسی کنید",خیر$/);
      const raw = Buffer.from(await (await fetch(`${api.url}/api/audit/tickets/${tickets[0]!.ticketId}/export?format=csv`, { headers: { Cookie: [...(await api.as('auditor')).cookies].map(([name, value]) => `${name}=${value}`).join('; ') } })).arrayBuffer());
      assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    });

    it('given XLSX, when exported, then a workbook right to left in Persian with the ticket’s facts and the log as a table', async () => {
      const client = await api.as('auditor');
      const response = await fetch(`${api.url}/api/audit/tickets/${tickets[0]!.ticketId}/export?format=xlsx`, { headers: { Cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.name, tickets[0]!.trackingCode);
      assert.equal(sheet.views[0]?.rightToLeft, true);
      assert.equal(sheet.getCell('B1').value, tickets[0]!.trackingCode);
      assert.equal(sheet.getRow(4).getCell(4).value, 'اقدام');
      assert.equal(sheet.rowCount, 4 + 6);
      assert.equal(sheet.getRow(9).getCell(4).value, 'ارجاع');
    });

    it('given a language in the link, when exported, then the file is in that language whatever the browser asks', async () => {
      const answer = await (await api.as('auditor', 'fa')).get<string>(`/api/audit/tickets/${tickets[0]!.ticketId}/export?format=csv&language=en`);
      assert.match(answer.body, /^\ufeff?Entry,Time,Time \(ISO\),Action,Actor,Position,Details,Visible to the requester\r\n/);
    });

    it('given a wrong format or a non-auditor, when exporting, then 400 or 403', async () => {
      assert.equal((await (await api.as('auditor')).get(`/api/audit/tickets/${tickets[0]!.ticketId}/export?format=pdf`)).status, 400);
      assert.equal((await (await api.as('admin')).get(`/api/audit/tickets/${tickets[0]!.ticketId}/export?format=csv`)).status, 403);
    });
  });
});
