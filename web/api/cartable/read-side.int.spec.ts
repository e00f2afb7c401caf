import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { normalizeForSearch } from '../../../core/text/normalize-for-search.js';
import { toPersianDigits } from '../../../core/text/to-persian-digits.js';
import { modelsOf } from '../../../database/models/index.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { CartablePage, CartablesResponse } from '../../contract/cartable.js';
import type { PortalRequestPage } from '../../contract/portal.js';
import type { TicketSearchPage } from '../../contract/ticket-search.js';
import type { TrackedTicket } from '../../contract/tracking.js';
import { insertTicket, trackingCodeOf } from '../test-support/insert-ticket.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';

describe('cartables, search, portal and tracking over HTTP', () => {
  let api: TestApi;
  let org: TestOrg;
  const t: Record<string, { id: number; trackingCode: string }> = {};

  before(async () => {
    api = await startTestApi(await createTestDatabase());
    org = await createTestOrg(api.db);
    const p = org.positions;
    const requester = { requesterPersonId: org.people.requester, requesterName: 'requester', requesterPhone: org.requesterPhone };
    // Written with Arabic kaf and yeh and a ZWNJ, as text pasted from elsewhere often is.
    t.printer = await insertTicket(api.db, {
      body: '3000001',
      subject: 'چاپگر كار نمي‌كند',
      priorityCode: 'critical',
      categoryId: org.categories.network,
      locationId: org.locations.hq,
      assignedTo: [p.networkExpert],
      ...requester,
      actions: [
        { kind: 'noted', visibleToRequester: true, payload: { text: 'کارشناس با شما تماس می‌گیرد.', visibleToRequester: true } },
        { kind: 'noted', visibleToRequester: false, payload: { text: 'internal: printer driver', visibleToRequester: false } },
      ],
    });
    t.vpn = await insertTicket(api.db, { body: '3000002', subject: 'VPN وصل نمی‌شود', status: 'inProgress', priorityCode: 'low', assignedTo: [p.networkExpert] });
    t.late = await insertTicket(api.db, { body: '3000003', subject: 'سوئیچ طبقه سوم', priorityCode: 'high', assignedTo: [p.networkExpert], resolutionDueAt: new Date('2026-11-22T10:00:00Z') });
    t.postponed = await insertTicket(api.db, { body: '3000004', subject: 'کابل‌کشی ساختمان', status: 'postponed', assignedTo: [p.networkHead] });
    t.reports = await insertTicket(api.db, {
      body: '3000005',
      subject: 'گزارش ماهانه باز نمی‌شود',
      categoryId: org.categories.reports,
      assignedTo: [p.softwareExpert],
      requesterPersonId: org.people.requester2,
      requesterPhone: '+989351112233',
    });
    t.resolved = await insertTicket(api.db, { body: '3000006', subject: 'نصب نرم‌افزار حسابداری', status: 'resolved', assignedTo: [p.feedbackPost], involved: [p.softwareExpert], ...requester });
    t.closed = await insertTicket(api.db, { body: '3000007', subject: 'رمز ایمیل فراموش شده', status: 'closed', involved: [p.networkExpert], ...requester });
    t.office = await insertTicket(api.db, { body: '3000008', subject: 'اتوماسیون اداری کند است', categoryId: org.categories.office, assignedTo: [p.networkExpert], registeredAt: new Date('2026-11-22T07:00:00Z') });
  });
  after(() => api.close());
  beforeEach(() => api.clock.advanceMinutes(61));

  const ids = (page: { items: ReadonlyArray<{ id: number }> }) => page.items.map((item) => item.id).sort((a, b) => a - b);
  const sorted = (...values: number[]) => [...values].sort((a, b) => a - b);

  describe('cartables', () => {
    it('given staff holding one position, when listing cartables, then only that position appears, with disjoint tab counts', async () => {
      const answer = await (await api.as('netstaff')).get<CartablesResponse>('/api/cartables');
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.positions.map((position) => [position.positionId, position.held]), [[org.positions.networkExpert, true]]);
      assert.deepEqual(answer.body.positions[0]?.counts, { new: 2, inProgress: 1, postponed: 0, overdue: 1, resolved: 0 });
    });

    it('given a supervisor, when listing cartables, then their own and every position below appear', async () => {
      const answer = await (await api.as('netsuper')).get<CartablesResponse>('/api/cartables');
      assert.deepEqual(
        answer.body.positions.map((position) => [position.positionId, position.held, position.counts.postponed]),
        [
          [org.positions.networkHead, true, 1],
          [org.positions.networkExpert, false, 0],
        ].sort((a, b) => Number(a[0]) - Number(b[0])),
      );
    });

    it('given the new tab, when sorted by priority, then the most urgent comes first with its colour and rank', async () => {
      const answer = await (await api.as('netstaff')).get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=new&sort=priority`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.items.map((item) => item.id), [t.printer!.id, t.office!.id]);
      assert.deepEqual(answer.body.items[0]?.priority, { code: 'critical', nameFa: 'critical', nameEn: 'critical', color: '#c62828', rank: 1 });
      assert.equal(answer.body.total, 2);
      const overdue = await (await api.as('netstaff')).get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=overdue`);
      assert.deepEqual([overdue.body.items.map((item) => [item.id, item.overdue])], [[[t.late!.id, true]]]);
    });

    it('given a category filter, when it names a parent category, then tickets of its whole subtree are shown; a location filter likewise', async () => {
      const client = await api.as('netstaff');
      const software = await client.get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=new&categoryId=${org.categories.software}`);
      assert.deepEqual(ids(software.body), [t.office!.id]);
      assert.deepEqual(software.body.counts, { new: 1, inProgress: 0, postponed: 0, overdue: 0, resolved: 0 });
      const network = await client.get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=new&categoryId=${org.categories.network}`);
      assert.deepEqual(ids(network.body), [t.printer!.id]);
      const tehran = await client.get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=new&locationId=${org.locations.tehran}`);
      assert.deepEqual(ids(tehran.body), [t.printer!.id]);
      const isfahan = await client.get<CartablesResponse>(`/api/cartables?locationId=${org.locations.isfahan}`);
      assert.deepEqual(isfahan.body.positions[0]?.counts, { new: 0, inProgress: 0, postponed: 0, overdue: 0, resolved: 0 });
    });

    it('given paging, when asking for the second page of one, then the second ticket comes', async () => {
      const answer = await (await api.as('netstaff')).get<CartablePage>(`/api/cartables/${org.positions.networkExpert}?tab=new&sort=registeredAt&order=desc&page=2&pageSize=1`);
      assert.deepEqual(answer.body.items.map((item) => item.id), [t.printer!.id]);
      assert.equal(answer.body.total, 2);
    });

    it('given staff of another position or a subordinate, when they open a cartable not theirs, then 403; supervisors and operators may', async () => {
      assert.equal((await (await api.as('swstaff')).get(`/api/cartables/${org.positions.networkExpert}`)).status, 403);
      assert.equal((await (await api.as('netstaff')).get(`/api/cartables/${org.positions.networkHead}`)).status, 403, 'a subordinate does not see up');
      assert.equal((await (await api.as('requester')).get(`/api/cartables/${org.positions.networkExpert}`)).status, 403);
      assert.equal((await (await api.as('netsuper')).get(`/api/cartables/${org.positions.networkExpert}`)).status, 200);
      assert.equal((await (await api.as('operator')).get(`/api/cartables/${org.positions.networkExpert}`)).status, 200);
      assert.equal((await api.client().get(`/api/cartables/${org.positions.networkExpert}`)).status, 401);
      const bad = await (await api.as('netstaff', 'en')).get(`/api/cartables/${org.positions.networkExpert}?tab=later&pageSize=1000`);
      assert.deepEqual(
        (bad.body as { problems: Array<{ field: string; messageKey: string }> }).problems.map((problem) => [problem.field, problem.messageKey]),
        [['tab', 'input.notOneOf'], ['pageSize', 'input.tooBig']],
      );
    });

    it('given a feedback agent, when opening their position, then resolved tickets are under the resolved tab', async () => {
      const answer = await (await api.as('feedback')).get<CartablePage>(`/api/cartables/${org.positions.feedbackPost}?tab=resolved`);
      assert.deepEqual(ids(answer.body), [t.resolved!.id]);
    });
  });

  describe('search', () => {
    it('given text stored with Arabic letters and a ZWNJ, when searched with Persian letters and a space, then it is found', async () => {
      const answer = await (await api.as('netstaff')).get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('کار نمی کند')}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(ids(answer.body), [t.printer!.id]);
    });

    it('given staff of another position, when searching for a ticket they never held, then it is not found', async () => {
      const answer = await (await api.as('swstaff')).get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('چاپگر')}`);
      assert.deepEqual(answer.body.items, []);
      const own = await (await api.as('swstaff')).get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('نرم افزار حسابداری')}`);
      assert.deepEqual(ids(own.body), [t.resolved!.id], 'a ticket the position held before is still theirs to find');
    });

    it('given each role, when searching everything, then each finds exactly the tickets the visibility rule gives it', async () => {
      const all = Object.values(t).map((ticket) => ticket.id);
      const expected: Record<string, number[]> = {
        admin: all,
        auditor: all,
        operator: all,
        netstaff: [t.printer!.id, t.vpn!.id, t.late!.id, t.closed!.id, t.office!.id],
        netsuper: [t.printer!.id, t.vpn!.id, t.late!.id, t.postponed!.id, t.closed!.id, t.office!.id],
        swstaff: [t.reports!.id, t.resolved!.id],
        feedback: [t.resolved!.id],
        requester: [t.printer!.id, t.resolved!.id, t.closed!.id],
        requester2: [t.reports!.id],
        designer: [],
      };
      for (const [username, visible] of Object.entries(expected)) {
        // Every fixture's code starts with 300000, and the search text holds the code.
        const answer = await (await api.as(username)).get<TicketSearchPage>('/api/search?q=300000&pageSize=50');
        assert.deepEqual(ids(answer.body), sorted(...visible), username);
        assert.equal(answer.body.total, visible.length, username);
      }
    });

    it('given a ticket whose text changes, when searched, then the new words find it and the old ones no longer do', async () => {
      const { Ticket } = modelsOf(api.db);
      await api.db.transaction((tx) => Ticket.update({ searchText: normalizeForSearch(`${t.late!.trackingCode} سوییچ هسته مرکز داده`) }, { where: { id: t.late!.id }, transaction: tx.transaction }));
      const client = await api.as('operator');
      assert.deepEqual(ids((await client.get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('مرکز داده')}`)).body), [t.late!.id]);
      assert.deepEqual((await client.get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('طبقه سوم')}`)).body.items, []);
    });

    it('given a tracking code typed in Persian digits, when searched, then its ticket is found; a status filter narrows', async () => {
      const client = await api.as('operator');
      const answer = await client.get<TicketSearchPage>(`/api/search?q=${encodeURIComponent(toPersianDigits(t.vpn!.trackingCode))}`);
      assert.deepEqual(ids(answer.body), [t.vpn!.id]);
      const closed = await client.get<TicketSearchPage>('/api/search?q=300000&status=closed');
      assert.deepEqual(ids(closed.body), [t.closed!.id]);
      assert.equal((await client.get('/api/search?q=%20%20')).status, 400);
      assert.equal((await api.client().get('/api/search?q=x')).status, 401);
    });

    it('given staff who searched once, when a ticket comes to their position afterwards, then their next search finds it; a status filter and a two-letter word narrow it', async () => {
      const client = await api.as('netstaff');
      const search = async (q: string, status = 'all') => ids((await client.get<TicketSearchPage>(`/api/search?q=${encodeURIComponent(q)}&status=${status}`)).body);
      assert.deepEqual(await search('سرور ایمیل'), []);
      const mail = await insertTicket(api.db, { body: '3100001', subject: 'سرور ایمیل از کار افتاده', status: 'inProgress', assignedTo: [org.positions.networkExpert] });
      assert.deepEqual(await search('سرور ایمیل'), [mail.id]);
      assert.deepEqual(await search('سرور ایمیل', 'open'), [mail.id]);
      assert.deepEqual(await search('سرور ایمیل', 'closed'), []);
      assert.deepEqual(await search('سرور از'), [mail.id]);
      assert.deepEqual(await search('سرور مس'), []);
      assert.deepEqual((await (await api.as('swstaff')).get<TicketSearchPage>(`/api/search?q=${encodeURIComponent('سرور ایمیل')}`)).body.items, [], 'not the software expert’s');
    });
  });

  describe('portal', () => {
    it('given a requester, when listing their requests by status, then only their own come, with counts', async () => {
      const client = await api.as('requester');
      const open = await client.get<PortalRequestPage>('/api/portal/requests');
      assert.deepEqual(ids(open.body), [t.printer!.id]);
      assert.deepEqual(open.body.counts, { open: 1, resolved: 1, closed: 1 });
      const every = await client.get<PortalRequestPage>('/api/portal/requests?status=all');
      assert.deepEqual(ids(every.body), sorted(t.printer!.id, t.resolved!.id, t.closed!.id));
      const other = await (await api.as('requester2')).get<PortalRequestPage>('/api/portal/requests?status=all');
      assert.deepEqual(ids(other.body), [t.reports!.id]);
      assert.equal((await api.client().get('/api/portal/requests')).status, 401);
    });
  });

  describe('public tracking', () => {
    it('given the code and the requester’s phone typed in Persian digits, when tracking, then the ticket and the steps meant for the requester come', async () => {
      const answer = await api.client().get<TrackedTicket>(`/api/track?code=${encodeURIComponent(toPersianDigits(t.printer!.trackingCode))}&phone=${encodeURIComponent('۰۹۱۲ ۱۲۳ ۴۵۶۷')}`);
      assert.equal(answer.status, 200);
      assert.equal(answer.body.status, 'routed');
      assert.equal(answer.body.categoryNameEn, 'Network');
      assert.deepEqual(answer.body.steps.map((step) => [step.kind, step.text]), [['registered', null], ['noted', 'کارشناس با شما تماس می‌گیرد.']]);
      assert.ok(!JSON.stringify(answer.body).includes('internal'), 'staff-only notes stay hidden');
    });

    it('given a right code and a wrong phone, when tracking, then the answer is the same as for a code that does not exist', async () => {
      const wrongPhone = await api.client().get(`/api/track?code=${t.printer!.trackingCode}&phone=09121234568`);
      const unknownCode = await api.client().get(`/api/track?code=${trackingCodeOf('9999999')}&phone=09121234567`);
      assert.equal(wrongPhone.status, 404);
      assert.equal(unknownCode.status, 404);
      assert.deepEqual(wrongPhone.body, unknownCode.body);
      const otherRequester = await api.client().get(`/api/track?code=${t.reports!.trackingCode}&phone=09121234567`);
      assert.deepEqual(otherRequester.body, unknownCode.body);
    });

    it('given a mistyped code or a number that is not a phone, when tracking, then the fields are named', async () => {
      const answer = await api.client('en').get(`/api/track?code=${t.printer!.trackingCode.slice(0, -1)}9&phone=110`);
      assert.equal(answer.status, 400);
      assert.deepEqual(
        (answer.body as { problems: Array<{ field: string; messageKey: string }> }).problems.map((problem) => [problem.field, problem.messageKey]),
        [['code', 'trackingCode.mistyped'], ['phone', 'phone.invalid']],
      );
    });

    it('given many lookups of one code, when the eleventh comes within the hour, then 429, whatever the phone', async () => {
      const code = t.vpn!.trackingCode;
      for (let attempt = 0; attempt < 10; attempt++) assert.equal((await api.client().get(`/api/track?code=${code}&phone=0912000${String(attempt).padStart(4, '0')}`)).status, 404);
      const limited = await api.client().get(`/api/track?code=${code}&phone=09121234567`);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    });

    it('given many lookups from one address, when the thirty-first comes within ten minutes, then 429', async () => {
      let last = 0;
      for (let attempt = 0; attempt < 31; attempt++) last = (await api.client().get(`/api/track?code=${trackingCodeOf(String(4000000 + attempt))}&phone=09121234567`)).status;
      assert.equal(last, 429);
    });
  });
});
