import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../../database/database.js';
import type { ProcessEngine } from '../../engine/process-engine.js';
import { errorHandler } from './errors/error-handler.js';
import { healthRoute } from './health/health-route.js';

export interface ApiDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly logger: Logger;
  readonly version: string;
  /** The built web app (index.html and assets), served at `/` when present. */
  readonly webAppDir: string | undefined;
}

/** The Express application: the JSON API under /api and the web app everywhere else. */
export function createApi(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '1mb' }));
  const api = express.Router();
  api.use(healthRoute(deps));
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
