import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { modelsOf } from '../../../database/models/index.js';
import type { MeResponse } from '../../contract/auth.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';
import { hashToken } from './secret-token.js';

describe('authentication over HTTP', () => {
  let api: TestApi;
  let org: TestOrg;
  before(async () => {
    api = await startTestApi(await createTestDatabase());
    org = await createTestOrg(api.db);
  });
  after(() => api.close());
  // Each test starts in a new minute, so the per-address login limit of one test does not spill into the next.
  beforeEach(() => api.clock.advanceMinutes(2));

  it('given a valid username and password, when logging in, then HttpOnly SameSite=Strict session and readable CSRF cookies are set and /me describes the user', async () => {
    const client = api.client();
    const login = await client.post<MeResponse>('/api/auth/login', { username: '  NetSuper ', password: 'netsuper-password' });
    assert.equal(login.status, 200);
    const cookies = login.headers.getSetCookie();
    const session = cookies.find((line) => line.startsWith('pishkhan_session='));
    const csrf = cookies.find((line) => line.startsWith('XSRF-TOKEN='));
    assert.match(session ?? '', /HttpOnly/i);
    assert.match(session ?? '', /SameSite=Strict/i);
    assert.doesNotMatch(session ?? '', /Secure/i);
    assert.doesNotMatch(csrf ?? '', /HttpOnly/i);
    assert.match(csrf ?? '', /SameSite=Strict/i);

    const me = await client.get<MeResponse>('/api/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.user?.username, 'netsuper');
    assert.deepEqual(me.body.roles, ['staff', 'supervisor']);
    assert.deepEqual(me.body.positions.map((position) => position.id), [org.positions.networkHead]);
    // A supervisor sees the whole subtree below their position.
    assert.deepEqual(me.body.visiblePositionIds, [org.positions.networkHead, org.positions.networkExpert].sort((a, b) => a - b));
  });

  it('given the session token, when looking in the database, then only its SHA-256 is stored', async () => {
    const client = await api.as('netstaff');
    const token = client.cookies.get('pishkhan_session') ?? '';
    const { Session } = modelsOf(api.db);
    assert.equal(await Session.count({ where: { id: token } }), 0);
    assert.equal(await Session.count({ where: { id: hashToken(token) } }), 1);
  });

  it('given staff without supervision, when asking /me, then only their own position is visible', async () => {
    const me = await (await api.as('netstaff')).get<MeResponse>('/api/auth/me');
    assert.deepEqual(me.body.visiblePositionIds, [org.positions.networkExpert]);
  });

  it('given an unknown username or a wrong password, when logging in, then both get the same 401 answer', async () => {
    const unknown = await api.client('en').post('/api/auth/login', { username: 'nobody', password: 'whatever-password' });
    const wrong = await api.client('en').post('/api/auth/login', { username: 'swstaff', password: 'wrong-password' });
    assert.equal(unknown.status, 401);
    assert.equal(wrong.status, 401);
    assert.deepEqual(unknown.body, wrong.body);
    assert.equal((unknown.body as { reason: string }).reason, 'login_failed');
  });

  it('given no credentials, when calling /me, then 401', async () => {
    assert.equal((await api.client().get('/api/auth/me')).status, 401);
  });

  it('given five wrong passwords in a row, when the right one comes, then it is refused for fifteen minutes and accepted after', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      assert.equal((await api.client().post('/api/auth/login', { username: 'designer', password: `guess-${attempt}` })).status, 401);
    }
    const whileLocked = await api.client().post('/api/auth/login', { username: 'designer', password: 'designer-password' });
    assert.equal(whileLocked.status, 401);
    const unknownUser = await api.client().post('/api/auth/login', { username: 'nobody', password: 'designer-password' });
    assert.deepEqual(whileLocked.body, unknownUser.body, 'a locked account answers like any failure');
    api.clock.advanceMinutes(14);
    assert.equal((await api.client().post('/api/auth/login', { username: 'designer', password: 'designer-password' })).status, 401);
    api.clock.advanceMinutes(2);
    assert.equal((await api.client().post('/api/auth/login', { username: 'designer', password: 'designer-password' })).status, 200);
    const user = (await modelsOf(api.db).User.findByPk(org.users.designer))?.get();
    assert.equal(user?.failedLogins, 0);
    assert.equal(user?.lockedUntil, null);
  });

  it('given four wrong passwords and then the right one, when guessing again, then the count started over', async () => {
    for (let attempt = 0; attempt < 4; attempt++) await api.client().post('/api/auth/login', { username: 'auditor', password: `guess-${attempt}` });
    assert.equal((await api.client().post('/api/auth/login', { username: 'auditor', password: 'auditor-password' })).status, 200);
    for (let attempt = 0; attempt < 4; attempt++) await api.client().post('/api/auth/login', { username: 'auditor', password: `guess-${attempt}` });
    assert.equal((await api.client().post('/api/auth/login', { username: 'auditor', password: 'auditor-password' })).status, 200);
  });

  it('given many attempts from one address within a minute, when one more comes, then 429 with Retry-After', async () => {
    let last;
    for (let attempt = 0; attempt < 21; attempt++) last = await api.client('en').post('/api/auth/login', { username: `someone${attempt}`, password: 'x-password' });
    assert.equal(last?.status, 429);
    assert.ok(Number(last?.headers.get('retry-after')) > 0);
    assert.match((last?.body as { message: string }).message, /Too many requests/);
    api.clock.advanceMinutes(1);
    assert.equal((await api.client().post('/api/auth/login', { username: 'requester', password: 'requester-password' })).status, 200);
  });

  it('given a signed-in browser, when it changes state without the CSRF header, then 403, and with it the change goes through', async () => {
    const client = await api.as('swstaff');
    const refused = await client.post('/api/auth/logout', undefined, { withoutCsrf: true });
    assert.equal(refused.status, 403);
    assert.equal((refused.body as { reason: string }).reason, 'csrf');
    const forged = await client.post('/api/auth/logout', undefined, { withoutCsrf: true, headers: { 'X-XSRF-TOKEN': 'forged' } });
    assert.equal(forged.status, 403);
    assert.equal((await client.get('/api/auth/me')).status, 200, 'the refused logout changed nothing');
    assert.equal((await client.post('/api/auth/logout')).status, 204);
    assert.equal((await client.get('/api/auth/me')).status, 401);
  });

  it('given a logged-out session, when its old token is replayed, then it is anonymous', async () => {
    const client = await api.as('requester2');
    const token = client.cookies.get('pishkhan_session') ?? '';
    await client.post('/api/auth/logout');
    const replay = api.client();
    replay.cookies.set('pishkhan_session', token);
    assert.equal((await replay.get('/api/auth/me')).status, 401);
  });

  it('given activity, when time passes, then the session slides until 8 idle hours or 24 hours after login', async () => {
    const client = await api.as('operator');
    api.clock.advanceMinutes(7 * 60);
    assert.equal((await client.get('/api/auth/me')).status, 200);
    api.clock.advanceMinutes(7 * 60);
    assert.equal((await client.get('/api/auth/me')).status, 200, '14 hours after login, 7 idle: still open');
    api.clock.advanceMinutes(7 * 60);
    assert.equal((await client.get('/api/auth/me')).status, 200);
    api.clock.advanceMinutes(4 * 60);
    assert.equal((await client.get('/api/auth/me')).status, 401, 'more than 24 hours after login');

    const idle = await api.as('operator');
    api.clock.advanceMinutes(8 * 60 + 1);
    assert.equal((await idle.get('/api/auth/me')).status, 401, 'more than 8 idle hours');
  });

  it('given the current password, when changing it, then the new one works, the old one not, and other sessions end', async () => {
    const first = await api.as('requester');
    const second = await api.as('requester', 'en');
    const wrongCurrent = await first.inLanguage('en').post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a-new-password' });
    assert.equal(wrongCurrent.status, 400);
    assert.deepEqual((wrongCurrent.body as { problems: unknown[] }).problems, [
      { field: 'currentPassword', messageKey: 'password.currentWrong', message: 'The current password is not correct.' },
    ]);
    const tooShort = await first.post('/api/auth/password', { currentPassword: 'requester-password', newPassword: 'short' });
    assert.equal(tooShort.status, 400);
    assert.deepEqual((tooShort.body as { problems: unknown[] }).problems, [
      { field: 'newPassword', messageKey: 'password.tooShort', params: { min: 8 }, message: 'گذرواژه دست‌کم ۸ نویسه دارد.' },
    ]);
    assert.equal((await first.post('/api/auth/password', { currentPassword: 'requester-password', newPassword: 'a-new-password' })).status, 204);
    assert.equal((await first.get('/api/auth/me')).status, 200, 'the session that changed it stays open');
    assert.equal((await second.get('/api/auth/me')).status, 401, 'the other session ended');
    assert.equal((await api.client().post('/api/auth/login', { username: 'requester', password: 'requester-password' })).status, 401);
    assert.equal((await api.client().post('/api/auth/login', { username: 'requester', password: 'a-new-password' })).status, 200);
  });

  it('given a malformed body, when logging in, then the fields are named in the language asked for', async () => {
    const answer = await api.client('en-US,en;q=0.9').post('/api/auth/login', { username: '' });
    assert.equal(answer.status, 400);
    assert.deepEqual((answer.body as { problems: unknown[] }).problems, [
      { field: 'username', messageKey: 'input.required', message: 'This value is required.' },
      { field: 'password', messageKey: 'input.required', message: 'This value is required.' },
    ]);
  });
});
