import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { modelsOf } from '../../../database/models/index.js';
import { TICKET_SETTING_NAMES } from '../../../database/repositories/tickets/ticket-setting-names.js';
import type { AdminAuditPage } from '../../contract/admin/admin-audit.js';
import type { CreatedApiKey } from '../../contract/admin/api-key.js';
import type { Person } from '../../contract/admin/person.js';
import type { Position } from '../../contract/admin/position.js';
import type { User } from '../../contract/admin/user.js';
import type { FieldProblem } from '../../contract/api-error.js';
import type { MeResponse } from '../../contract/auth.js';
import type { Page } from '../../contract/page.js';
import type { ApiClient } from '../test-support/api-client.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';

function problemsOf(body: unknown): FieldProblem[] {
  return (body as { problems: FieldProblem[] }).problems;
}

describe('administration over HTTP', () => {
  let api: TestApi;
  let org: TestOrg;
  let admin: ApiClient;
  let adminEn: ApiClient;
  before(async () => {
    api = await startTestApi(await createTestDatabase());
    org = await createTestOrg(api.db);
    admin = await api.as('admin');
    adminEn = admin.inLanguage('en');
  });
  after(() => api.close());

  it('given each role but admin, when it changes the administration, then 403; auditors may read; anonymous callers get 401', async () => {
    for (const username of ['operator', 'netstaff', 'netsuper', 'feedback', 'requester', 'designer', 'auditor'] as const) {
      const client = await api.as(username);
      assert.equal((await client.post('/api/admin/org-units', { nameFa: 'x', nameEn: 'x' })).status, 403, username);
      assert.equal((await client.put(`/api/admin/positions/${org.positions.networkExpert}`, { unitId: org.unitId, titleFa: 'x', titleEn: 'x' })).status, 403, username);
      assert.equal((await client.delete(`/api/admin/org-units/${org.unitId}`)).status, 403, username);
      assert.equal((await client.get('/api/admin/users')).status, username === 'auditor' ? 200 : 403, username);
    }
    assert.equal((await api.client().get('/api/admin/positions')).status, 401);
  });

  it('given a position chart, when a position is moved below its own descendant, then the cycle is refused naming parentId, in Persian and in English', async () => {
    const body = { parentId: org.positions.networkExpert, unitId: org.unitId, code: null, titleFa: 'رئیس شبکه', titleEn: 'Network head', active: true };
    const fa = await admin.put(`/api/admin/positions/${org.positions.networkHead}`, body);
    assert.equal(fa.status, 400);
    assert.deepEqual(problemsOf(fa.body), [
      { field: 'parentId', messageKey: 'tree.cycle', params: { id: String(org.positions.networkHead) }, message: `این والد حلقه می‌سازد: ${String(org.positions.networkHead).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string)} زیرمجموعهٔ خودش می‌شود.` },
    ]);
    const en = await adminEn.put(`/api/admin/positions/${org.positions.networkHead}`, body);
    assert.equal(problemsOf(en.body)[0]?.message, `This parent makes a cycle: ${org.positions.networkHead} would be below itself.`);
    const unchanged = await admin.get<Position>(`/api/admin/positions/${org.positions.networkHead}`);
    assert.equal(unchanged.body.parentId, org.positions.itDirector);
  });

  it('given a new position, when it is created under the network expert, then its escalation path climbs to the top', async () => {
    const created = await admin.post<Position>('/api/admin/positions', { parentId: org.positions.networkExpert, unitId: org.unitId, titleFa: 'کارآموز شبکه', titleEn: 'Network trainee' });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.escalationPath, [org.positions.networkExpert, org.positions.networkHead, org.positions.itDirector]);
    const unknownParent = await adminEn.post('/api/admin/positions', { parentId: 999_999, unitId: 999_998, titleFa: 'x', titleEn: 'x' });
    assert.deepEqual(
      problemsOf(unknownParent.body).map((problem) => [problem.field, problem.messageKey]),
      [['parentId', 'tree.unknownParent'], ['unitId', 'input.notFound']],
    );
  });

  it('given an org unit in use and one that is not, when both are deleted, then the first is refused with ENTITY_IN_USE and the second goes, each change audited', async () => {
    const inUse = await adminEn.delete(`/api/admin/org-units/${org.unitId}`);
    assert.equal(inUse.status, 422);
    assert.deepEqual(inUse.body, { error: 'business_rule', code: 'ENTITY_IN_USE', message: 'This is still in use and cannot be deleted; you can deactivate it instead.' });
    const created = await admin.post<{ id: number }>('/api/admin/org-units', { nameFa: 'حقوقی', nameEn: 'Legal', parentId: org.unitId });
    assert.equal(created.status, 201);
    const renamed = await admin.put<{ nameEn: string }>(`/api/admin/org-units/${created.body.id}`, { nameFa: 'امور حقوقی', nameEn: 'Legal affairs', parentId: org.unitId });
    assert.equal(renamed.body.nameEn, 'Legal affairs');
    assert.equal((await admin.delete(`/api/admin/org-units/${created.body.id}`)).status, 204);
    assert.equal((await admin.get(`/api/admin/org-units/${created.body.id}`)).status, 404);
    const audit = await admin.get<AdminAuditPage>(`/api/admin/audit?entity=orgUnit&entityId=${created.body.id}`);
    assert.deepEqual(audit.body.items.map((entry) => entry.action), ['delete', 'update', 'create']);
    const update = audit.body.items[1];
    assert.equal((update?.before as { nameEn: string }).nameEn, 'Legal');
    assert.equal((update?.after as { nameEn: string }).nameEn, 'Legal affairs');
    assert.equal(update?.userId, org.users.admin);
  });

  it('given phone numbers typed in Persian digits with spaces, when a person is saved, then they are stored in E.164; a wrong number names its field', async () => {
    const person = {
      personnelCode: 'P-77',
      firstName: 'سارا',
      lastName: 'کریمی',
      phones: [{ phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹' }, { phone: '021-8877 6655', kind: 'work' }],
      positions: [{ positionId: org.positions.softwareExpert, isPrimary: true }],
    };
    const created = await admin.post<Person>('/api/admin/people', person);
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.phones, [
      { phone: '+982188776655', kind: 'work' },
      { phone: '+989123456789', kind: 'mobile' },
    ]);
    assert.deepEqual(created.body.positions, [{ positionId: org.positions.softwareExpert, isPrimary: true }]);
    const found = await admin.get<Page<Person>>('/api/admin/people?q=3456789');
    assert.deepEqual(found.body.items.map((item) => item.id), [created.body.id]);

    const wrong = await adminEn.post('/api/admin/people', { ...person, personnelCode: 'P-78', phones: [{ phone: '0912 345 6789' }, { phone: '110' }] });
    assert.equal(wrong.status, 400);
    assert.deepEqual(problemsOf(wrong.body), [{ field: 'phones[1].phone', messageKey: 'phone.invalid', params: { value: '110' }, message: '“110” is not a valid Iranian phone number.' }]);
    const duplicate = await adminEn.post('/api/admin/people', person);
    assert.deepEqual(problemsOf(duplicate.body).map((problem) => [problem.field, problem.messageKey]), [['personnelCode', 'input.taken']]);
  });

  it('given a contractor with contacts and supervising positions, when saved, then phones are in E.164 and an unknown position is named', async () => {
    const contractor = {
      code: 'PRN',
      nameFa: 'شرکت چاپگر پارس',
      nameEn: 'Pars Printers',
      phone: '021 4455 6677',
      contacts: [{ name: 'آقای رحیمی', phone: '۰۹۱۹ ۷۷۷ ۸۸۹۹', email: 'rahimi@pars.example' }],
      supervisingPositionIds: [org.positions.deskHead],
    };
    const created = await admin.post<{ id: number; phone: string; contacts: Array<{ phone: string }>; supervisingPositionIds: number[] }>('/api/admin/contractors', contractor);
    assert.equal(created.status, 201);
    assert.equal(created.body.phone, '+982144556677');
    assert.deepEqual(created.body.contacts.map((contact) => contact.phone), ['+989197778899']);
    assert.deepEqual(created.body.supervisingPositionIds, [org.positions.deskHead]);
    const wrong = await adminEn.put(`/api/admin/contractors/${created.body.id}`, { ...contractor, supervisingPositionIds: [987_654], contacts: [{ name: 'x', phone: '12' }] });
    assert.deepEqual(problemsOf(wrong.body).map((problem) => [problem.field, problem.messageKey]), [
      ['contacts[0].phone', 'phone.invalid'],
      ['supervisingPositionIds[0]', 'input.notFound'],
    ]);
    const rule = await admin.post<{ id: number }>('/api/admin/routing-rules', { categoryId: org.categories.software, target: { kind: 'contractor', contractorId: created.body.id } });
    assert.equal(rule.status, 201);
    assert.equal((await admin.delete(`/api/admin/contractors/${created.body.id}`)).status, 422, 'a contractor a rule sends tickets to stays');
    assert.equal((await admin.delete(`/api/admin/routing-rules/${rule.body.id}`)).status, 204);
    assert.equal((await admin.delete(`/api/admin/contractors/${created.body.id}`)).status, 204);
  });

  it('given every administered collection, when the admin and the auditor list it, then it answers', async () => {
    const auditor = await api.as('auditor');
    for (const path of ['org-units', 'positions', 'locations', 'people', 'contractors', 'categories', 'priorities', 'routing-rules', 'sla-targets', 'calendar', 'settings', 'sms-templates', 'sms-messages', 'users', 'api-keys', 'audit']) {
      assert.equal((await admin.get(`/api/admin/${path}`)).status, 200, path);
      assert.equal((await auditor.get(`/api/admin/${path}`)).status, 200, path);
    }
    const calendar = await admin.get<{ timeZone: string; week: Record<string, unknown> }>('/api/admin/calendar');
    assert.equal(calendar.body.timeZone, 'Asia/Tehran');
    assert.deepEqual(calendar.body.week.friday, [], 'without a stored calendar, the Iranian week');
    assert.equal((await admin.get('/api/admin/positions/999999')).status, 404);
  });

  it('given a floor, when a city is put inside it, then the nesting is refused with the kinds translated', async () => {
    const floor = await admin.post<{ id: number }>('/api/admin/locations', { parentId: org.locations.hq, kind: 'floor', nameFa: 'طبقه ۲', nameEn: 'Floor 2' });
    assert.equal(floor.status, 201);
    const city = await admin.post('/api/admin/locations', { parentId: floor.body.id, kind: 'city', nameFa: 'کرج', nameEn: 'Karaj' });
    assert.equal(city.status, 400);
    assert.deepEqual(problemsOf(city.body), [{ field: 'parentId', messageKey: 'location.wrongNesting', params: { kind: 'city', parentKind: 'floor' }, message: '«شهر» نمی‌تواند درون «طبقه» قرار بگیرد.' }]);
    const badKind = await adminEn.post('/api/admin/locations', { kind: 'room', nameFa: 'x', nameEn: 'x' });
    assert.equal(problemsOf(badKind.body)[0]?.message, 'This value must be one of: province, city, building, floor.');
  });

  it('given three category levels, when a fourth is added, then it is refused', async () => {
    const fourth = await adminEn.post('/api/admin/categories', { parentId: org.categories.reports, nameFa: 'ماهانه', nameEn: 'Monthly', requestType: 'incident' });
    assert.equal(fourth.status, 400);
    assert.deepEqual(problemsOf(fourth.body), [{ field: 'parentId', messageKey: 'category.tooDeep', params: { max: 3 }, message: 'Categories have at most 3 levels.' }]);
    const third = await admin.post<{ level: number; requestTypes: string[] }>('/api/admin/categories', {
      parentId: org.categories.office,
      nameFa: 'امضای الکترونیک',
      nameEn: 'E-signature',
      requestType: 'serviceRequest',
      requestTypes: ['serviceRequest', 'information'],
      defaultPriorityCode: 'high',
      handlingMinutes: 120,
    });
    assert.equal(third.status, 201);
    assert.equal(third.body.level, 3);
    const unknownPriority = await adminEn.post('/api/admin/categories', { nameFa: 'x', nameEn: 'x', requestType: 'incident', defaultPriorityCode: 'urgent' });
    assert.deepEqual(problemsOf(unknownPriority.body).map((problem) => [problem.field, problem.messageKey]), [['defaultPriorityCode', 'input.notFound']]);
  });

  it('given priorities, when one is made the default, then it is the only default; a bad colour is named', async () => {
    const created = await admin.post<{ id: number }>('/api/admin/priorities', { code: 'planned', nameFa: 'برنامه‌ریزی‌شده', nameEn: 'Planned', color: '#607d8b', rankOrder: 5, isDefault: true });
    assert.equal(created.status, 201);
    const list = await admin.get<Array<{ code: string; isDefault: boolean }>>('/api/admin/priorities');
    assert.deepEqual(list.body.filter((priority) => priority.isDefault).map((priority) => priority.code), ['planned']);
    const badColour = await adminEn.post('/api/admin/priorities', { code: 'x', nameFa: 'x', nameEn: 'x', color: 'red', rankOrder: 6 });
    assert.deepEqual(problemsOf(badColour.body), [{ field: 'color', messageKey: 'input.notColor', message: 'Write the colour as #RRGGBB, e.g. #D32F2F.' }]);
  });

  it('given routing rules, when one has no positions or an unknown contractor, then core and the references say so; a valid one is stored', async () => {
    const empty = await adminEn.post('/api/admin/routing-rules', { categoryId: org.categories.network, target: { kind: 'positions', positionIds: [] } });
    assert.deepEqual(problemsOf(empty.body), [{ field: 'target.positionIds', messageKey: 'routing.rule.noPositions', message: 'At least one position must receive the tickets.' }]);
    const unknown = await adminEn.post('/api/admin/routing-rules', { categoryId: org.categories.network, target: { kind: 'contractor', contractorId: 4242 } });
    assert.deepEqual(problemsOf(unknown.body).map((problem) => problem.field), ['target.contractorId']);
    const rule = await admin.post<{ target: unknown }>('/api/admin/routing-rules', {
      categoryId: org.categories.network,
      locationId: org.locations.tehran,
      target: { kind: 'positions', positionIds: [org.positions.networkExpert, org.positions.networkHead] },
    });
    assert.equal(rule.status, 201);
    assert.deepEqual(rule.body.target, { kind: 'positions', positionIds: [org.positions.networkExpert, org.positions.networkHead].sort((a, b) => a - b) });
  });

  it('given an SLA table without a default for a priority, when it is saved, then core names what is missing; a complete one replaces the table', async () => {
    const incomplete = await adminEn.put('/api/admin/sla-targets', { targets: [{ priorityCode: 'critical', responseMinutes: 30, resolutionMinutes: 20 }] });
    assert.equal(incomplete.status, 400);
    const keys = problemsOf(incomplete.body).map((problem) => `${problem.field}:${problem.messageKey}`);
    assert.ok(keys.includes('targets[0].responseMinutes:sla.target.responseAfterResolution'), keys.join());
    assert.ok(keys.includes('targets:sla.target.defaultMissing'), keys.join());
    const complete = await admin.put<unknown[]>('/api/admin/sla-targets', {
      targets: [
        { priorityCode: null, responseMinutes: 60, resolutionMinutes: 480 },
        { categoryId: org.categories.network, priorityCode: 'critical', responseMinutes: 15, resolutionMinutes: 120 },
      ],
    });
    assert.equal(complete.status, 200);
    assert.equal((await admin.get<unknown[]>('/api/admin/sla-targets')).body.length, 2);
  });

  it('given a business calendar with a reversed interval and a non-existent Jalali date, when it is saved, then each field is named in Persian and English', async () => {
    const calendar = {
      timeZone: 'Asia/Tehran',
      week: { saturday: [{ start: '16:00', end: '08:00' }], sunday: [{ start: '08:00', end: '16:00' }] },
      holidays: [{ year: 1404, month: 12, day: 30, nameFa: 'روز ناموجود' }],
      closures: [],
    };
    const fa = await admin.put('/api/admin/calendar', calendar);
    assert.equal(fa.status, 400);
    assert.deepEqual(
      problemsOf(fa.body).map((problem) => [problem.field, problem.message]),
      [
        ['week.saturday[0]', 'پایان بازه (۰۸:۰۰) باید پس از آغاز آن (۱۶:۰۰) باشد.'],
        ['holidays[0]', 'تاریخ تعطیل ۱۴۰۴/۱۲/۳۰ در تقویم خورشیدی وجود ندارد.'],
      ],
    );
    const en = await adminEn.put('/api/admin/calendar', calendar);
    assert.deepEqual(
      problemsOf(en.body).map((problem) => problem.message),
      ['The interval must end (08:00) after it starts (16:00).', 'The holiday date 1404/12/30 does not exist in the Jalali calendar.'],
    );
    const valid = await admin.put<{ holidays: unknown[]; closures: unknown[] }>('/api/admin/calendar', {
      ...calendar,
      week: { saturday: [{ start: '08:00', end: '16:00' }], thursday: [{ start: '08:00', end: '13:00' }] },
      holidays: [{ year: null, month: 1, day: 1, nameFa: 'نوروز', nameEn: 'Nowruz' }],
      closures: [{ from: '2026-12-01T04:30:00Z', to: '2026-12-01T12:30:00Z', reason: 'آلودگی هوا' }],
    });
    assert.equal(valid.status, 200);
    assert.deepEqual(valid.body.closures, [{ from: '2026-12-01T04:30:00.000Z', to: '2026-12-01T12:30:00.000Z', reason: 'آلودگی هوا' }]);
  });

  it('given desk settings with a threshold of 5 and an unknown position, when saved, then both fields are named; valid settings are stored', async () => {
    const settings = {
      messageCenterPositionId: 424242,
      feedbackAgentsPositionId: org.positions.feedbackPost,
      feedbackPolicy: { unsatisfiedAtOrBelow: 5, maxAttempts: 3 },
      escalationPolicy: { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 240, maxEscalations: 3 },
    };
    const invalid = await adminEn.put('/api/admin/settings', settings);
    assert.deepEqual(
      problemsOf(invalid.body).map((problem) => [problem.field, problem.message]),
      [
        ['messageCenterPositionId', 'There is nothing with id 424242.'],
        ['feedbackPolicy.unsatisfiedAtOrBelow', 'The dissatisfaction threshold must be a whole number from 0 to 4.'],
      ],
    );
    const valid = await admin.put('/api/admin/settings', { ...settings, messageCenterPositionId: org.positions.operatorPost, feedbackPolicy: { unsatisfiedAtOrBelow: 2, maxAttempts: 3 } });
    assert.equal(valid.status, 200);
    assert.equal((await admin.get<{ messageCenterPositionId: number }>('/api/admin/settings')).body.messageCenterPositionId, org.positions.operatorPost);
    // Stored where the ticket desk reads it.
    const desk = await modelsOf(api.db).Setting.findByPk(TICKET_SETTING_NAMES.messageCenterPosition);
    assert.deepEqual(JSON.parse(desk?.get().value ?? 'null'), { positionId: org.positions.operatorPost });
    const referenced = await admin.delete(`/api/admin/positions/${org.positions.operatorPost}`);
    assert.equal(referenced.status, 422, 'a position named by a setting stays');
  });

  it('given SMS templates and an outbox, when the admin edits the one and filters the other by status, then both answer', async () => {
    const listed = await admin.get<Array<{ event: string; language: string; isDefault: boolean; placeholders: string[] }>>('/api/admin/sms-templates');
    const registered = listed.body.find((template) => template.event === 'ticket.registered' && template.language === 'fa');
    assert.deepEqual([registered?.isDefault, registered?.placeholders.includes('trackingCode')], [true, true]);
    const put = await admin.put<{ body: string; isDefault: boolean }>('/api/admin/sms-templates/ticket.registered/fa', { body: 'درخواست شما با کد {{trackingCode}} ثبت شد.' });
    assert.equal(put.status, 200);
    assert.equal(put.body.isDefault, false);
    const unknownPlaceholder = await adminEn.put('/api/admin/sms-templates/ticket.registered/en', { body: 'Code {{trackingCode}} for {{salary}}' });
    assert.deepEqual(problemsOf(unknownPlaceholder.body).map((problem) => [problem.field, problem.messageKey, problem.params?.placeholder]), [['body', 'smsTemplate.unknownPlaceholder', 'salary']]);
    assert.equal((await admin.put('/api/admin/sms-templates/ticket.registered/de', { body: 'x' })).status, 400);
    assert.equal((await admin.put('/api/admin/sms-templates/ticket.unknownEvent/fa', { body: 'x' })).status, 400);
    const reset = await admin.post<{ isDefault: boolean }>('/api/admin/sms-templates/ticket.registered/fa/reset');
    assert.equal(reset.body.isDefault, true);
    const { SmsMessage } = modelsOf(api.db);
    const now = api.clock.now();
    await api.db.transaction(async (tx) => {
      for (const [key, status] of [['a', 'sent'], ['b', 'failed'], ['c', 'sent']] as const) {
        await SmsMessage.create({ idempotencyKey: key, event: 'ticket.registered', toPhone: '+989121234567', language: 'fa', body: 'x', status, provider: 'outbox', createdAt: now }, { transaction: tx.transaction });
      }
    });
    const sent = await admin.get<Page<{ status: string }>>('/api/admin/sms-messages?status=sent');
    assert.equal(sent.body.total, 2);
    assert.ok(sent.body.items.every((message) => message.status === 'sent'));
    assert.equal((await (await api.as('netstaff')).get('/api/admin/sms-messages')).status, 403);
  });

  it('given a new user, when created, deactivated, locked, unlocked and reset, then each takes effect at once', async () => {
    const created = await admin.post<User>('/api/admin/users', { username: 'Nazanin', password: 'nazanin-password', displayName: 'نازنین', roles: ['staff'], personId: org.people.swstaff });
    assert.equal(created.status, 201);
    assert.equal(created.body.username, 'nazanin');
    const taken = await adminEn.post('/api/admin/users', { username: 'NAZANIN', password: 'another-password', displayName: 'x', roles: [] });
    assert.deepEqual(problemsOf(taken.body).map((problem) => problem.messageKey), ['user.usernameTaken']);
    const weak = await adminEn.post('/api/admin/users', { username: 'weak', password: 'weak', displayName: 'x', roles: [] });
    assert.deepEqual(problemsOf(weak.body).map((problem) => problem.messageKey), ['password.tooShort']);

    const nazanin = await api.client().login('nazanin', 'nazanin-password');
    const me = await nazanin.get<MeResponse>('/api/auth/me');
    assert.deepEqual(me.body.positions.map((position) => position.id), [org.positions.softwareExpert]);

    const deactivated = await admin.put<User>(`/api/admin/users/${created.body.id}`, { displayName: 'نازنین', roles: ['staff'], personId: org.people.swstaff, active: false });
    assert.equal(deactivated.body.active, false);
    assert.equal((await nazanin.get('/api/auth/me')).status, 401, 'deactivation ends the session');
    assert.equal((await api.client().post('/api/auth/login', { username: 'nazanin', password: 'nazanin-password' })).status, 401);

    await admin.put(`/api/admin/users/${created.body.id}`, { displayName: 'نازنین', roles: ['staff', 'supervisor'], personId: org.people.swstaff, active: true });
    for (let attempt = 0; attempt < 5; attempt++) await api.client().post('/api/auth/login', { username: 'nazanin', password: `wrong-${attempt}` });
    const locked = await admin.get<User>(`/api/admin/users/${created.body.id}`);
    assert.notEqual(locked.body.lockedUntil, null);
    assert.equal((await admin.post<User>(`/api/admin/users/${created.body.id}/unlock`)).body.lockedUntil, null);
    assert.equal((await api.client().post('/api/auth/login', { username: 'nazanin', password: 'nazanin-password' })).status, 200);

    assert.equal((await admin.post(`/api/admin/users/${created.body.id}/password`, { password: 'reset-password-1' })).status, 204);
    assert.equal((await api.client().post('/api/auth/login', { username: 'nazanin', password: 'nazanin-password' })).status, 401);
    assert.equal((await api.client().post('/api/auth/login', { username: 'nazanin', password: 'reset-password-1' })).status, 200);

    const audit = await admin.get<AdminAuditPage>(`/api/admin/audit?entity=user&entityId=${created.body.id}`);
    assert.ok(audit.body.items.length >= 5);
    assert.ok(!JSON.stringify(audit.body).includes('argon2'), 'no password hash in the audit log');
  });

  it('given an admin, when they try to deactivate themselves or drop their own admin role, then it is refused', async () => {
    const self = await adminEn.put(`/api/admin/users/${org.users.admin}`, { displayName: 'admin', roles: ['auditor'], active: false });
    assert.deepEqual(problemsOf(self.body).map((problem) => [problem.field, problem.messageKey]), [['active', 'user.cannotDeactivateSelf'], ['roles', 'user.cannotDropOwnAdmin']]);
  });

  it('given an API key, when a CRM system calls with it, then it acts with its roles and no CSRF token; once revoked it is refused', async () => {
    const adminRole = await adminEn.post('/api/admin/api-keys', { name: 'CRM', roles: ['operator', 'admin'] });
    assert.deepEqual(problemsOf(adminRole.body).map((problem) => [problem.field, problem.messageKey]), [['roles[1]', 'apiKey.roleNotAllowed']]);
    const created = await admin.post<CreatedApiKey>('/api/admin/api-keys', { name: 'CRM', roles: ['operator'] });
    assert.equal(created.status, 201);
    assert.match(created.body.key, /^pk_[0-9a-f]{8}_/);
    const listed = await admin.get<unknown[]>('/api/admin/api-keys');
    assert.ok(!JSON.stringify(listed.body).includes(created.body.key), 'the key is shown once only');
    const stored = await modelsOf(api.db).ApiKey.findByPk(created.body.id);
    assert.notEqual(stored?.get().keyHash, created.body.key);

    const crm = api.client();
    const bearer = { headers: { Authorization: `Bearer ${created.body.key}` } };
    const me = await crm.get<MeResponse>('/api/auth/me', bearer);
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.kind, me.body.roles], ['apiKey', ['operator']]);
    assert.equal((await crm.post('/api/admin/org-units', { nameFa: 'x', nameEn: 'x' }, bearer)).status, 403, 'an API key without admin cannot administer');
    assert.equal((await crm.get('/api/auth/me', { headers: { Authorization: 'Bearer pk_00000000_wrongwrongwrongwrongwrongwrongwrongwrongwro' } })).status, 401);

    assert.notEqual((await admin.post<{ revokedAt: string | null }>(`/api/admin/api-keys/${created.body.id}/revoke`)).body.revokedAt, null);
    assert.equal((await crm.get('/api/auth/me', bearer)).status, 401);
  });
});
