import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import argon2 from 'argon2';
import { isRole } from '../../core/access/role.js';
import { normalizeIranianPhoneNumber } from '../../core/org/iranian-phone-number.js';
import { modelsOf, type Models } from '../models/index.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { seedDemoOrganization, type DemoSeedSummary } from './seed-demo-organization.js';
import { readmeDemoLogins } from './test-support/readme-demo-logins.js';
import { seededRandom } from './test-support/seeded-random.js';

const clock = { now: () => new Date('2026-11-23T05:30:00Z') };

async function rowCounts(models: Models): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, model] of Object.entries(models)) counts[name] = await (model as Models['OrgUnit']).count();
  return counts;
}

describe('seeding the demo organization', () => {
  let test: TestDatabase;
  let models: Models;
  let summary: DemoSeedSummary | null;

  before(async () => {
    test = await createTestDatabase();
    models = modelsOf(test.db);
    summary = await seedDemoOrganization(test.db, { clock, random: seededRandom(1405) });
  });
  after(() => test.dispose());

  it('given an empty database, when seeded, then the summary counts what was stored', async () => {
    assert.ok(summary);
    assert.equal(summary.units, await models.OrgUnit.count());
    assert.equal(summary.positions, await models.Position.count());
    assert.equal(summary.locations, await models.Location.count());
    assert.equal(summary.people, await models.Person.count());
    assert.equal(summary.contractors, await models.Contractor.count());
    assert.equal(summary.categories, await models.Category.count());
    assert.equal(summary.routingRules, await models.RoutingRule.count());
    assert.equal(summary.slaTargets, await models.SlaTarget.count());
    assert.equal(summary.holidays, await models.Holiday.count());
    assert.equal(summary.users, await models.User.count());
    assert.ok(summary.people >= 80 && summary.locations >= 30 && summary.categories >= 60, JSON.stringify(summary));
  });

  it('given a seeded database, when seeded again, then nothing changes', async () => {
    const before = await rowCounts(models);
    const settings = (await models.Setting.findAll({ order: [['name', 'ASC']] })).map((setting) => setting.get());
    assert.equal(await seedDemoOrganization(test.db, { clock: { now: () => new Date('2026-12-01T05:30:00Z') }, random: seededRandom(7) }), null);
    assert.deepEqual(await rowCounts(models), before);
    assert.deepEqual((await models.Setting.findAll({ order: [['name', 'ASC']] })).map((setting) => setting.get()), settings);
  });

  it('given the README, when each demo login is tried, then its password verifies and the user has exactly the roles listed', async () => {
    const logins = readmeDemoLogins();
    assert.ok(logins.length >= 8);
    for (const role of ['operator', 'staff', 'supervisor', 'feedbackAgent', 'admin', 'designer', 'auditor', 'requester']) {
      assert.ok(logins.some((login) => login.roles.includes(role)), `no README login has the role ${role}`);
    }
    const users = (await models.User.findAll()).map((user) => user.get());
    assert.deepEqual(users.map((user) => user.username).sort(), logins.map((login) => login.username).sort(), 'every seeded user is in the README and only those');
    await Promise.all(
      logins.map(async (login) => {
        const user = users.find((candidate) => candidate.username === login.username);
        assert.ok(user, login.username);
        assert.ok(user.passwordHash.startsWith('$argon2id$'), `${login.username} is hashed with argon2id`);
        assert.equal(await argon2.verify(user.passwordHash, login.password), true, `${login.username} / ${login.password}`);
        const roles = (await models.UserRole.findAll({ where: { userId: user.id } })).map((row) => row.get().role);
        assert.deepEqual(roles.sort(), [...login.roles].sort(), login.username);
        assert.ok(roles.every(isRole), login.username);
        assert.ok(user.personId !== null && user.active, login.username);
        const held = await models.PersonPosition.count({ where: { personId: user.personId } });
        assert.ok(held > 0, `${login.username} holds a position`);
      }),
    );
  });

  it('given the role logins, when their people are looked at, then their positions make the role meaningful', async () => {
    const positionOf = async (username: string) => {
      const user = (await models.User.findOne({ where: { username } }))?.get();
      const person = (await models.Person.findByPk(user?.personId ?? -1))?.get();
      const held = await models.PersonPosition.findAll({ where: { personId: person?.id ?? -1, isPrimary: true } });
      const position = (await models.Position.findByPk(held[0]?.get().positionId ?? -1))?.get();
      const location = (await models.Location.findByPk(person?.locationId ?? -1))?.get();
      const unit = (await models.OrgUnit.findByPk(person?.unitId ?? -1))?.get();
      return { position: position?.code, location: location?.code, unit: unit?.code };
    };
    assert.equal((await positionOf('operator')).position, 'SD-OPERATOR');
    assert.deepEqual(await positionOf('staff'), { position: 'NET-EXPERT', location: 'THR-HQ-2', unit: 'IT-NET' });
    assert.equal((await positionOf('supervisor')).position, 'IT-DIR');
    assert.equal((await positionOf('feedback')).position, 'SD-FEEDBACK');
    assert.equal((await positionOf('admin')).position, 'SD-ADMIN');
    assert.equal((await positionOf('designer')).position, 'SW-PROCESS');
    assert.equal((await positionOf('auditor')).position, 'AUDIT-AUDITOR');
    assert.equal((await positionOf('requester')).unit, 'FIN');
  });

  it('given every stored phone number, when normalized, then it is already canonical E.164', async () => {
    const phones = [
      ...(await models.PersonPhone.findAll()).map((row) => row.get().phone),
      ...(await models.ContractorContact.findAll()).map((row) => row.get().phone),
      ...(await models.Contractor.findAll()).map((row) => row.get().phone ?? ''),
    ];
    assert.ok(phones.length > 90);
    for (const phone of phones) assert.equal(normalizeIranianPhoneNumber(phone), phone);
    const mobiles = (await models.PersonPhone.findAll({ where: { kind: 'mobile' } })).map((row) => row.get());
    assert.equal(new Set(mobiles.map((row) => row.personId)).size, await models.Person.count(), 'everyone has a mobile');
    assert.equal(new Set(mobiles.map((row) => row.phone)).size, mobiles.length, 'no two people share a mobile');
    assert.ok(mobiles.every((row) => /^\+989\d{9}$/.test(row.phone)));
  });
});

describe('a database that already has data', () => {
  it('given a user created by an administrator, when the demo is seeded, then nothing is added', async () => {
    const test = await createTestDatabase();
    try {
      const models = modelsOf(test.db);
      const now = clock.now();
      await models.User.create({ username: 'root', passwordHash: 'x', displayName: 'Root', language: 'en', createdAt: now, updatedAt: now });
      const before = await rowCounts(models);
      assert.equal(await seedDemoOrganization(test.db, { clock, random: seededRandom(1) }), null);
      assert.deepEqual(await rowCounts(models), before);
      assert.equal(before.OrgUnit, 0);
    } finally {
      await test.dispose();
    }
  });
});
