import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiDeps } from './api-deps.js';
import { errorHandler } from './errors/error-handler.js';
import { healthRoute } from './health/health-route.js';
import { adminRoutes } from './admin/admin-routes.js';
import { authRoutes } from './auth/auth-routes.js';
import { authenticate } from './auth/authenticate.js';
import { csrfGuard } from './auth/csrf-guard.js';
import { cartableRoutes } from './cartable/cartable-routes.js';
import { catalogueRoutes } from './catalogue/catalogue-routes.js';
import { docsRoutes } from './docs/docs-routes.js';
import { eventRoutes } from './events/events-routes.js';
import { feedbackRoutes } from './feedback/feedback-routes.js';
import { documentedRoutes } from './http/route-spec.js';
import { portalRoutes } from './portal/portal-routes.js';
import { processRoutes } from './processes/processes-routes.js';
import { reportRoutes } from './reports/reports-routes.js';
import { searchRoutes } from './search/search-routes.js';
import { trackingRoutes } from './tracking/tracking-routes.js';
import { telephonyRoutes } from './telephony/telephony-routes.js';
import { ticketRoutes } from './tickets/tickets-routes.js';

export type { ApiDeps } from './api-deps.js';

/** The Express application: the JSON API under /api and the web app everywhere else. */
export function createApi(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '1mb' }));
  const api = express.Router();
  const health = healthRoute(deps);
  api.use(health);
  // Who calls (session cookie or API key), then the CSRF check for cookie-authenticated changes.
  api.use(authenticate(deps));
  api.use(csrfGuard());
  // Each feature folder owns its routes and checks who may call them; /api/docs documents them all.
  // Declare routes with ApiRouter (web/api/README.md): docs-routes.int.spec.ts fails on a mounted route the document lacks.
  const features = [
    authRoutes(deps),
    ticketRoutes(deps),
    cartableRoutes(deps),
    portalRoutes(deps),
    catalogueRoutes(deps),
    feedbackRoutes(deps),
    searchRoutes(deps),
    trackingRoutes(deps),
    adminRoutes(deps),
    eventRoutes(deps),
    telephonyRoutes(deps),
    processRoutes(deps),
    reportRoutes(deps),
  ];
  const docs = docsRoutes(deps, () => [health, docs, ...features].flatMap((router) => documentedRoutes(router)));
  api.use(docs);
  for (const feature of features) api.use(feature);
  api.use((_request, response) => response.status(404).json({ error: 'not_found' }));
  app.use('/api', api);
  const webAppDir = deps.webAppDir;
  if (webAppDir && fs.existsSync(path.join(webAppDir, 'index.html'))) {
    app.use(express.static(webAppDir, { index: false, maxAge: '1h' }));
    // Deep links of the single-page app are answered with its index page.
    app.get(/^(?!\/api\/).*/, (_request, response) => response.sendFile(path.join(webAppDir, 'index.html'), { maxAge: 0 }));
  }
  app.use(errorHandler(deps.logger));
  return app;
}
