import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_IVR_DEFINITION } from '../../../core/telephony/ivr/default-ivr-definition.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { CallerCard, CurrentCall, IvrVersionDetail, IvrVersionSummary, OperatorPresence, TelephonyMe } from '../../contract/telephony.js';
import type { ApiClient } from '../test-support/api-client.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';

let api: TestApi;
let org: TestOrg;
let filesDir: string;

before(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-telephony-api-'));
  api = await startTestApi(await createTestDatabase(), { filesDir });
  org = await createTestOrg(api.db);
});

after(async () => {
  await api.close();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const commands = async (kind: string) => (await api.db.read.all<{ payload: string }>('SELECT payload FROM telephony_commands WHERE kind = ? ORDER BY id', [kind])).map((row) => JSON.parse(row.payload) as Record<string, unknown>);

/** A call the telephony process stored, answered by `operatorUserId` and still going unless `ended`. */
async function storedCall(input: { operatorUserId: number; callerPhone: string; ended?: boolean; recordingPath?: string }): Promise<number> {
  const now = new Date();
  const [row] = await api.db.read.all<{ id: number }>(
    `INSERT INTO calls (call_key, direction, purpose, caller_number, caller_phone, person_id, queue_id, ivr_path, category_code, operator_user_id, started_at, enqueued_at, answered_at, ended_at, recording_path)
     VALUES (?, 'inbound', 'service', ?, ?, ?, 'software', '1>1', 'SW', ?, ?, ?, ?, ?, ?) RETURNING id`,
    [`k-${Math.random()}`, `0${input.callerPhone.slice(3)}`, input.callerPhone, org.people.requester, input.operatorUserId, now, now, now, input.ended === true ? now : null, input.recordingPath ?? null],
  );
  return Number(row?.id);
}

describe('/api/telephony: operator presence', () => {
  let operator: ApiClient;
  before(async () => {
    operator = await api.as('operator');
  });

  it('given an operator, when they log in with their phone and two queues, then the presence is stored and the telephony process is told', async () => {
    const events: string[] = [];
    const off = api.events.subscribe((event) => events.push(event.type));

    const answer = await operator.post<OperatorPresence>('/api/telephony/me/login', { endpoint: 'PJSIP/1001', queueIds: ['software', 'hardware-network'] });

    off();
    assert.equal(answer.status, 200);
    assert.deepEqual({ ...answer.body, since: undefined }, { userId: org.users.operator, endpoint: 'PJSIP/1001', queueIds: ['software', 'hardware-network'], status: 'available', reason: null, since: undefined });
    assert.deepEqual((await commands('presence')).at(-1), { userId: org.users.operator });
    assert.ok(events.includes('telephony.command'));
    const me = await operator.get<TelephonyMe>('/api/telephony/me');
    assert.equal(me.body.presence?.status, 'available');
    assert.equal(me.body.call, null);
  });

  it('given a logged-in operator, when they pause with a reason, resume and log out, then each is stored', async () => {
    assert.deepEqual([(await operator.post<OperatorPresence>('/api/telephony/me/pause', { reason: 'ناهار' })).body].map((p) => [p.status, p.reason]), [['paused', 'ناهار']]);
    assert.equal((await operator.post<OperatorPresence>('/api/telephony/me/resume')).body.status, 'available');
    assert.equal((await operator.post<OperatorPresence>('/api/telephony/me/logout')).body.status, 'loggedOut');
    const pause = await operator.post<{ problems: { field: string }[] }>('/api/telephony/me/pause', {});
    assert.equal(pause.status, 400);
    assert.equal(pause.body.problems[0]?.field, 'status');
  });

  it('given no phone given and no extension on file, when logging in, then the phone is asked for; an unknown queue is refused by name', async () => {
    await api.db.read.all('DELETE FROM operator_presence WHERE user_id = ?', [org.users.operator]);
    const noPhone = await operator.post<{ problems: { field: string; message: string }[] }>('/api/telephony/me/login', {});
    const badQueue = await operator.post<{ problems: { field: string }[] }>('/api/telephony/me/login', { endpoint: 'PJSIP/1001', queueIds: ['nowhere'] });

    assert.equal(noPhone.status, 400);
    assert.equal(noPhone.body.problems[0]?.field, 'endpoint');
    assert.match(noPhone.body.problems[0]?.message ?? '', /PJSIP\/1001/);
    assert.deepEqual(badQueue.body.problems.map((p) => p.field), ['queueIds[0]']);
  });

  it('given an extension on file, when logging in without a phone, then every queue of the IVR and the extension are used', async () => {
    await api.db.read.all("UPDATE people SET extension = '1042' WHERE id = ?", [org.people.operator]);

    const answer = await operator.post<OperatorPresence>('/api/telephony/me/login', {});

    assert.equal(answer.body.endpoint, 'PJSIP/1042');
    assert.deepEqual(answer.body.queueIds, DEFAULT_IVR_DEFINITION.queues.map((queue) => queue.id));
  });

  it('given someone who is not an operator, when they log in, then 403', async () => {
    const staff = await api.as('netstaff');

    assert.equal((await staff.post('/api/telephony/me/login', { endpoint: 'PJSIP/1001' })).status, 403);
    assert.equal((await api.client().get('/api/telephony/me')).status, 401);
  });
});

describe('/api/telephony: the call in progress', () => {
  it('given no call, when the operator asks, then 204, and a transfer is refused', async () => {
    const operator = await api.as('operator');
    await api.db.read.all('DELETE FROM calls');

    assert.equal((await operator.get('/api/telephony/me/call')).status, 204);
    const transfer = await operator.post<{ code: string; message: string }>('/api/telephony/me/call/transfer', { toUserId: org.users.admin });
    assert.equal(transfer.status, 422);
    assert.equal(transfer.body.code, 'TELEPHONY_NO_CALL');
    assert.equal(transfer.body.message, 'اکنون در تماسی نیستید.');
  });

  it('given a call answered by the operator, when they ask, then it comes with the caller card, and transfer and hold are left for the telephony process', async () => {
    const operator = await api.as('operator');
    const callId = await storedCall({ operatorUserId: org.users.operator, callerPhone: org.requesterPhone });

    const current = await operator.get<CurrentCall>('/api/telephony/me/call');
    const transfer = await operator.post<{ commandId: number }>('/api/telephony/me/call/transfer', { toUserId: org.users.admin });
    const hold = await operator.post('/api/telephony/me/call/hold');
    const resume = await operator.post('/api/telephony/me/call/resume');
    const self = await operator.post<{ code: string }>('/api/telephony/me/call/transfer', { toUserId: org.users.operator });

    assert.equal(current.body.callId, callId);
    assert.equal(current.body.ivrPath, '1>1');
    assert.equal(current.body.card.person?.id, org.people.requester);
    assert.deepEqual([transfer.status, hold.status, resume.status], [202, 202, 202]);
    assert.ok(transfer.body.commandId > 0);
    assert.deepEqual((await commands('transfer')).at(-1), { userId: org.users.operator, toUserId: org.users.admin });
    assert.deepEqual((await commands('hold')).at(-1), { userId: org.users.operator });
    assert.equal(self.body.code, 'TELEPHONY_TRANSFER_TO_SELF');
  });
});

describe('/api/telephony: caller lookup', () => {
  it('given a number as it is typed, when an operator looks it up, then the person, their unit and requests are on the card', async () => {
    const operator = await api.as('operator');
    await api.db.read.all('UPDATE people SET unit_id = ? WHERE id = ?', [org.unitId, org.people.requester]);

    const answer = await operator.get<CallerCard>(`/api/telephony/callers/${encodeURIComponent('0912 123 4567')}`);

    assert.equal(answer.status, 200);
    assert.equal(answer.body.phone, org.requesterPhone);
    assert.equal(answer.body.person?.id, org.people.requester);
    assert.equal(answer.body.person?.unit, 'فناوری اطلاعات');
    assert.ok(Array.isArray(answer.body.openRequests));
  });

  it('given an unknown number, when looked up, then the card has no person', async () => {
    const operator = await api.as('operator');

    const answer = await operator.get<CallerCard>('/api/telephony/callers/02188776655');

    assert.equal(answer.body.person, null);
    assert.equal(answer.body.phone, '+982188776655');
  });

  it('given a requester, when they look a number up, then 403', async () => {
    assert.equal((await (await api.as('requester')).get('/api/telephony/callers/09121234567')).status, 403);
  });
});

describe('/api/telephony: call recordings', () => {
  it('given a recorded call, when its operator or an auditor asks, then the WAV is served; someone else is told it does not exist', async () => {
    fs.mkdirSync(path.join(filesDir, 'calls', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(filesDir, 'calls', 'ab', 'abc.wav'), Buffer.from('RIFF....WAVEfmt '));
    const callId = await storedCall({ operatorUserId: org.users.operator, callerPhone: org.requesterPhone, ended: true, recordingPath: 'calls/ab/abc.wav' });

    const byOperator = await (await api.as('operator')).get(`/api/telephony/calls/${callId}/recording`);
    const byAuditor = await (await api.as('auditor')).get(`/api/telephony/calls/${callId}/recording`);
    const byStaff = await (await api.as('netstaff')).get(`/api/telephony/calls/${callId}/recording`);

    assert.equal(byOperator.status, 200);
    assert.equal(byOperator.headers.get('content-type'), 'audio/wav');
    assert.equal(byAuditor.status, 200);
    assert.equal(byStaff.status, 404);
  });

  it('given a ticket registered during the call, when staff of a position that held it ask, then they may hear it too', async () => {
    const callId = await storedCall({ operatorUserId: org.users.admin, callerPhone: org.requesterPhone, ended: true, recordingPath: 'calls/ab/abc.wav' });
    const now = new Date();
    const [ticket] = await api.db.read.all<{ id: number }>(
      `INSERT INTO tickets (tracking_code, channel, request_type, priority_code, subject, description, search_text, status, registered_at, updated_at, call_id)
       VALUES ('70000003', 'phone', 'incident', 'medium', 's', 'd', '', 'inProgress', ?, ?, ?) RETURNING id`,
      [now, now, callId],
    );
    await api.db.read.all('INSERT INTO ticket_involvements (ticket_id, position_id, since) VALUES (?, ?, ?)', [ticket?.id, org.positions.networkExpert, now]);

    assert.equal((await (await api.as('netstaff')).get(`/api/telephony/calls/${callId}/recording`)).status, 200);
    assert.equal((await (await api.as('swstaff')).get(`/api/telephony/calls/${callId}/recording`)).status, 404);
  });
});

describe('/api/telephony: IVR versions', () => {
  it('given the administrator, when a definition is stored and activated, then it is the version in force and the telephony process reloads', async () => {
    const admin = await api.as('admin');
    const definition = { ...DEFAULT_IVR_DEFINITION, welcomePrompts: [] };

    const created = await admin.post<IvrVersionDetail>('/api/telephony/ivr/versions', { definition, comment: 'بدون خوشامد' });
    const activated = await admin.post<IvrVersionSummary>(`/api/telephony/ivr/versions/${created.body.version}/activate`);
    const list = await admin.get<IvrVersionSummary[]>('/api/telephony/ivr/versions');
    const detail = await admin.get<IvrVersionDetail>(`/api/telephony/ivr/versions/${created.body.version}`);

    assert.equal(created.status, 201);
    assert.equal(created.body.active, false);
    assert.equal(activated.body.active, true);
    assert.deepEqual(list.body.map((version) => [version.version, version.active, version.comment]), [[created.body.version, true, 'بدون خوشامد']]);
    assert.deepEqual(detail.body.definition.welcomePrompts, []);
    assert.equal((await commands('reloadIvr')).length, 1);
  });

  it('given a definition naming a prompt that is not recorded and a menu that does not exist, when stored, then each problem is named by its field in Persian', async () => {
    const admin = await api.as('admin');
    const [main, ...rest] = DEFAULT_IVR_DEFINITION.menus;
    const definition = { ...DEFAULT_IVR_DEFINITION, welcomePrompts: ['ivr/hello'], menus: [{ ...main, options: { ...main?.options, '9': { kind: 'menu', menuId: 'nowhere' } } }, ...rest] };

    const answer = await admin.post<{ problems: { field: string; message: string }[] }>('/api/telephony/ivr/versions', { definition });

    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.problems.map((problem) => problem.field), ['definition.welcomePrompts[0]', 'definition.menus[0].options.9']);
    assert.match(answer.body.problems[0]?.message ?? '', /ivr\/hello/);
  });

  it('given a malformed definition, when stored, then the schema names the field', async () => {
    const answer = await (await api.as('admin')).post<{ problems: { field: string }[] }>('/api/telephony/ivr/versions', { definition: { ...DEFAULT_IVR_DEFINITION, queues: 'all' } });

    assert.equal(answer.status, 400);
    assert.equal(answer.body.problems[0]?.field, 'definition.queues');
  });

  it('given the recorded prompts, when the editor asks, then each comes with its Persian text; operators may not edit the IVR', async () => {
    const prompts = await (await api.as('admin')).get<{ name: string; text: string }[]>('/api/telephony/ivr/prompts');

    assert.ok(prompts.body.some((prompt) => prompt.name === 'ivr/welcome' && prompt.text.includes('خوش آمدید')));
    assert.equal((await (await api.as('operator')).get('/api/telephony/ivr/versions')).status, 403);
    assert.equal((await (await api.as('admin')).get('/api/telephony/ivr/versions/999')).status, 404);
  });
});
