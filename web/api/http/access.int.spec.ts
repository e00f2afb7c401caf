import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../../core/access/role.js';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import type { ApiClient } from '../test-support/api-client.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { createTestOrg, type TestUsername } from '../test-support/test-org.js';

type Access = 'public' | 'authenticated' | readonly Role[];

const ROLES_OF: Readonly<Record<TestUsername, readonly Role[]>> = {
  admin: ['admin'],
  operator: ['operator'],
  netstaff: ['staff'],
  netsuper: ['staff', 'supervisor'],
  swstaff: ['staff'],
  feedback: ['feedbackAgent'],
  requester: ['requester'],
  requester2: ['requester'],
  auditor: ['auditor'],
  designer: ['designer'],
};

describe('access to every documented route', () => {
  let api: TestApi;
  let routes: Array<{ method: string; path: string; access: Access }>;
  const clients = new Map<TestUsername, ApiClient>();
  before(async () => {
    api = await startTestApi(await createTestDatabase());
    await createTestOrg(api.db);
    const document = (await api.client().get<{ paths: Record<string, Record<string, { 'x-access': Access }>> }>('/api/docs/openapi.json')).body;
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, '1'), access: operation['x-access'] })),
    );
    for (const username of Object.keys(ROLES_OF) as TestUsername[]) clients.set(username, await api.as(username));
  });
  after(() => api.close());

  it('given any route that is not public, when called without a session, then 401 and nothing else happens', async () => {
    const guarded = routes.filter((route) => route.access !== 'public');
    assert.ok(guarded.length > 50);
    for (const route of guarded) {
      const answer = await api.client().request(route.method, route.path, route.method === 'GET' ? undefined : {});
      assert.equal(answer.status, 401, `${route.method} ${route.path}`);
    }
  });

  it('given a route for some roles, when every test user without those roles calls it, then 403 before any input is read', async () => {
    let checked = 0;
    for (const route of routes) {
      if (!Array.isArray(route.access)) continue;
      const allowed = route.access as readonly Role[];
      for (const [username, roles] of Object.entries(ROLES_OF) as Array<[TestUsername, readonly Role[]]>) {
        if (roles.some((role) => allowed.includes(role))) continue;
        const answer = await clients.get(username)!.request(route.method, route.path, route.method === 'GET' ? undefined : {});
        assert.equal(answer.status, 403, `${username} ${route.method} ${route.path}`);
        checked += 1;
      }
    }
    assert.ok(checked > 300, `only ${checked} refusals checked`);
  });
});
