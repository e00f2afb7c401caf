import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { openApiPath } from './openapi-document.js';

interface Layer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
  readonly handle: { readonly stack?: Layer[] };
  readonly slash: boolean;
  match(path: string): boolean;
}

/** Every route Express has mounted under /api, read from its router stacks (not from our records). */
function mountedRoutes(api: TestApi): string[] {
  const appStack = (api.app as unknown as { router: { stack: Layer[] } }).router.stack;
  const apiLayer = appStack.find((layer) => layer.handle.stack !== undefined && layer.match('/api/health'));
  assert.ok(apiLayer, 'the API router is mounted at /api');
  const found: string[] = [];
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route !== undefined) {
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') found.push(`${method} ${openApiPath(layer.route.path)}`);
      } else if (layer.handle.stack !== undefined) {
        // Feature routers are mounted at the root of /api, so their routes carry their full paths.
        assert.ok(layer.slash, 'a feature router is mounted at the root of /api, not under a path');
        walk(layer.handle.stack);
      }
    }
  };
  walk(apiLayer.handle.stack ?? []);
  return found.sort();
}

describe('the API document', () => {
  let api: TestApi;
  let document: { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> }; parameters: Array<{ name: string; in: string }>; description: string }>> };
  before(async () => {
    api = await startTestApi(await createTestDatabase());
    const answer = await api.client().get<typeof document>('/api/docs/openapi.json');
    assert.equal(answer.status, 200);
    document = answer.body;
  });
  after(() => api.close());

  it('given every route Express mounts under /api, when the document is read, then each is in it and it holds no other', () => {
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    const mounted = mountedRoutes(api);
    assert.ok(mounted.length > 60, `only ${mounted.length} routes found: the walk missed some`);
    assert.deepEqual(mounted.filter((route) => !documented.includes(route)), [], 'mounted but not documented');
    assert.deepEqual(documented.filter((route) => !mounted.includes(route)), [], 'documented but not mounted');
  });

  it('given the zod schemas of the routes, when the document is read, then bodies, path and query parameters and roles come from them', () => {
    assert.equal(document.openapi, '3.1.0');
    const login = document.paths['/api/auth/login']?.post;
    assert.deepEqual(login?.requestBody?.content['application/json']?.schema.required, ['username', 'password']);
    const position = document.paths['/api/admin/positions/{id}']?.put;
    assert.deepEqual(position?.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name), ['id']);
    assert.equal(position?.description, 'Roles: admin.');
    const cartable = document.paths['/api/cartables/{positionId}']?.get;
    assert.ok(cartable?.parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'tab'));
  });

  it('given a running API, when anyone asks /api/health, then the database is up and its schema version is named', async () => {
    const health = await api.client().get<{ database: { state: string; schemaVersion: string | null } }>('/api/health');
    assert.equal(health.body.database.state, 'up');
    assert.notEqual(health.body.database.schemaVersion, null);
  });

  it('given a browser without internet, when it opens /api/docs, then Swagger UI and its files come from this server', async () => {
    const page = await api.client().get<string>('/api/docs');
    assert.equal(page.status, 200);
    assert.match(page.body, /\/api\/docs\/assets\/swagger-ui-bundle\.js/);
    const bundle = await fetch(`${api.url}/api/docs/assets/swagger-ui-bundle.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.ok((await bundle.arrayBuffer()).byteLength > 100_000);
    const init = await api.client().get<string>('/api/docs/init.js');
    assert.match(init.body, /\/api\/docs\/openapi\.json/);
  });
});
