import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import type { RouteSpec } from '../http/route-spec.js';
import { DOCS_PAGE, DOCS_SCRIPT } from './docs-page.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** Swagger UI's files, from the installed package: the page works without the internet. */
function swaggerUiDirectory(): string {
  return path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/**
 * The /api/docs endpoints: the OpenAPI document of every documented route (`routes()` collects them
 * once all routers are mounted) and Swagger UI to read and try it.
 */
export function docsRoutes(deps: ApiDeps, routes: () => readonly RouteSpec[]): Router {
  const api = new ApiRouter();
  let document: Record<string, unknown> | undefined;
  api.route({ method: 'get', path: '/docs/openapi.json', tag: 'docs', summary: 'This API’s OpenAPI 3.1 document', access: 'public' }, () => {
    document ??= buildOpenApiDocument(routes(), deps.version);
    return document;
  });
  api.route({ method: 'get', path: '/docs', tag: 'docs', summary: 'Swagger UI for the OpenAPI document', access: 'public', produces: 'text/html' }, ({ response }) => {
    response.type('html').send(DOCS_PAGE);
  });
  api.route({ method: 'get', path: '/docs/init.js', tag: 'docs', summary: 'The script that starts Swagger UI', access: 'public', produces: 'application/javascript' }, ({ response }) => {
    response.type('application/javascript').send(DOCS_SCRIPT);
  });
  api.router.use('/docs/assets', express.static(swaggerUiDirectory(), { index: false, maxAge: '1d' }));
  return api.router;
}
