import pino from 'pino';
import { createTestDatabase } from '../../database/test-support/test-database.js';
import { createCamundaClients } from '../zeebe/camunda-clients.js';
import { clusterConfig } from '../zeebe/test-support.js';
import { ZeebeProcessEngine } from '../zeebe/zeebe-process-engine.js';
import type { KitEngine } from './process-test-kit.js';

const pollMs = 250;
const timeoutMs = 30_000;

/**
 * The kit's engine for a real cluster (ZEEBE_ADDRESS): its clock is pinned through the REST API,
 * which needs a broker started with a controllable clock (ZEEBE_CLOCK_CONTROLLED=true).
 */
export async function createZeebeKitEngine(): Promise<KitEngine> {
  const logger = pino({ level: 'warn' });
  const database = await createTestDatabase();
  const config = clusterConfig();
  const engine = new ZeebeProcessEngine(config, database.db, logger);
  await engine.start();
  const clients = createCamundaClients(config, logger);
  let now = Date.now();
  await clients.rest.pinClock({ timestamp: now });
  return {
    engine,
    db: undefined,
    now: () => new Date(now),
    async advance(ms) {
      now += ms;
      await clients.rest.pinClock({ timestamp: now });
      await new Promise((resolve) => setTimeout(resolve, 2 * pollMs));
    },
    settle: () => new Promise((resolve) => setTimeout(resolve, pollMs)),
    async eventually(probe, what) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await probe().catch(() => undefined);
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    async dispose() {
      await clients.rest.resetClock();
      await engine.stop();
      await clients.close(5_000);
      await database.dispose();
    },
  };
}
