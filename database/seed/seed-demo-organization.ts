import argon2 from 'argon2';
import type { Transaction } from 'sequelize';
import type { RandomSource } from '../../core/random/random-source.js';
import type { Clock } from '../../core/time/clock.js';
import type { Database } from '../database.js';
import { modelsOf, type Models } from '../models/index.js';
import { DEMO_CONTRACTORS } from './demo-contractors.js';
import { DEMO_LOCATIONS } from './demo-locations.js';
import { DEMO_PEOPLE } from './demo-people.js';
import { DEMO_POSITIONS } from './demo-positions.js';
import { DEMO_ORGANIZATION_NAME, DEMO_UNITS } from './demo-units.js';
import { DEMO_USERS } from './demo-users.js';
import { generateDemoEmployees } from './generate-demo-employees.js';
import { insertCalendarAndSettings } from './insert-calendar-and-settings.js';
import { insertCatalogue } from './insert-catalogue.js';
import { insertDemoUsers } from './insert-demo-users.js';
import { insertOrgChart } from './insert-org-chart.js';

export interface DemoSeedDeps {
  readonly clock: Clock;
  /** Draws the names and numbers of the generated employees; a seeded source gives the same people every time. */
  readonly random: RandomSource;
}

/** What was inserted, for the start-up log. */
export interface DemoSeedSummary {
  readonly organization: string;
  readonly units: number;
  readonly positions: number;
  readonly locations: number;
  readonly people: number;
  readonly contractors: number;
  readonly priorities: number;
  readonly categories: number;
  readonly routingRules: number;
  readonly slaTargets: number;
  readonly holidays: number;
  readonly users: number;
}

const FIRST_GENERATED_PERSONNEL_CODE = 100101;

/** Whether any table an organization lives in has a row; if so the database is someone's and is left alone. */
async function hasData(models: Models, transaction?: Transaction): Promise<boolean> {
  const tables = [models.OrgUnit, models.Position, models.Location, models.Person, models.Contractor, models.Priority, models.Category, models.User, models.Ticket];
  for (const table of tables) {
    // Each model's count has its own static type; the call is the same for all.
    if ((await (table as typeof models.OrgUnit).count({ transaction })) > 0) return true;
  }
  return false;
}

/** Each distinct demo password hashed once (argon2id with the library's defaults). */
async function hashDemoPasswords(): Promise<Map<string, string>> {
  const passwords = [...new Set(DEMO_USERS.map((user) => user.password))];
  const hashes = await Promise.all(passwords.map((password) => argon2.hash(password)));
  return new Map(passwords.map((password, index) => [password, hashes[index] as string]));
}

/**
 * Seeds the demo organization (README.md, "Demo logins") into a database that has none yet, in one
 * transaction; returns null and changes nothing when the database already holds an organization,
 * users or tickets. SMS templates are not part of it.
 */
export async function seedDemoOrganization(db: Database, deps: DemoSeedDeps): Promise<DemoSeedSummary | null> {
  const models = modelsOf(db);
  if (await hasData(models)) return null;
  // Hashing takes a few hundred milliseconds per password: done before the transaction, not inside it.
  const hashes = await hashDemoPasswords();
  const people = [...DEMO_PEOPLE, ...generateDemoEmployees(deps.random, FIRST_GENERATED_PERSONNEL_CODE, DEMO_PEOPLE)];
  return db.transaction(async (tx) => {
    const transaction = tx.transaction;
    if (await hasData(models, transaction)) return null;
    const now = deps.clock.now();
    const org = await insertOrgChart(models, transaction, now, people);
    const catalogue = await insertCatalogue(models, transaction, now, org);
    const holidays = await insertCalendarAndSettings(models, transaction, now, org);
    const users = await insertDemoUsers(models, transaction, now, org, hashes);
    return {
      organization: DEMO_ORGANIZATION_NAME.en,
      units: DEMO_UNITS.length,
      positions: DEMO_POSITIONS.length,
      locations: DEMO_LOCATIONS.length,
      people: people.length,
      contractors: DEMO_CONTRACTORS.length,
      ...catalogue,
      holidays,
      users,
    };
  });
}
