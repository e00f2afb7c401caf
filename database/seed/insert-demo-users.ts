import type { Transaction } from 'sequelize';
import type { Models } from '../models/index.js';
import { DEMO_PEOPLE } from './demo-people.js';
import { DEMO_USERS } from './demo-users.js';
import type { OrgChartIds } from './insert-org-chart.js';

/** The demo logins, each linked to its person; `hashes` maps each demo password to its argon2 hash. */
export async function insertDemoUsers(models: Models, transaction: Transaction, now: Date, org: OrgChartIds, hashes: ReadonlyMap<string, string>): Promise<number> {
  const options = { transaction };
  for (const user of DEMO_USERS) {
    const person = DEMO_PEOPLE.find((candidate) => candidate.personnelCode === user.person);
    const passwordHash = hashes.get(user.password);
    if (person === undefined || passwordHash === undefined) throw new Error(`demo seed: user ${user.username} has no person or no password hash`);
    const row = await models.User.create(
      {
        username: user.username,
        passwordHash,
        personId: org.people.get(user.person),
        displayName: `${person.firstName} ${person.lastName}`,
        language: 'fa',
        createdAt: now,
        updatedAt: now,
      },
      options,
    );
    const userId = row.get().id;
    await models.UserRole.bulkCreate(user.roles.map((role) => ({ userId, role })), options);
  }
  return DEMO_USERS.length;
}
