import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertTicket } from '../test-support/insert-ticket.js';
import { createTestOrg, type TestOrg } from '../test-support/test-org.js';
import { createTestDatabase, type TestDatabase } from '../../../database/test-support/test-database.js';
import { countCartables, listCartable } from '../../../database/repositories/cartables/cartable-queries.js';
import { CARTABLE_TABS, cartableTabCondition } from '../../../database/repositories/cartables/cartable-tabs.js';

describe('cartable counts', () => {
  let test: TestDatabase;
  let org: TestOrg;
  const now = new Date('2026-11-23T09:00:00Z');
  const past = new Date('2026-11-23T08:00:00Z');
  const future = new Date('2026-11-23T12:00:00Z');

  before(async () => {
    test = await createTestDatabase();
    org = await createTestOrg(test.db);
    // Every status with every kind of deadline: none, both ahead, resolution passed, response
    // passed unanswered, response passed but answered, both passed; in two cartables, one of them
    // also holding a ticket of another category.
    const statuses = ['registered', 'routed', 'inProgress', 'waitingForInformation', 'postponed', 'resolved', 'closed'];
    const deadlines = [
      {},
      { resolutionDueAt: future, responseDueAt: future },
      { resolutionDueAt: past, responseDueAt: future },
      { resolutionDueAt: future, responseDueAt: past },
      { resolutionDueAt: future, responseDueAt: past, firstResponseAt: past },
      { resolutionDueAt: past, responseDueAt: past },
      { responseDueAt: past },
    ];
    let body = 4_000_000;
    for (const status of statuses) {
      for (const deadline of deadlines) {
        for (const positions of [[org.positions.networkExpert], [org.positions.networkExpert, org.positions.softwareExpert]]) {
          body += 1;
          await insertTicket(test.db, { body: String(body), subject: `${status} ${body}`, status, categoryId: org.categories.network, assignedTo: positions, ...deadline });
        }
      }
    }
    await insertTicket(test.db, { body: String(body + 1), subject: 'another category', categoryId: org.categories.reports, assignedTo: [org.positions.softwareExpert], resolutionDueAt: past });
  });
  after(() => test?.dispose());

  /** A tab's count as its own condition defines it, row by row. */
  async function countByDefinition(positionId: number, categoryIds?: number[]) {
    const counts: Record<string, number> = {};
    for (const tab of CARTABLE_TABS) {
      const condition = cartableTabCondition(tab, test.db.dialect, now);
      const category = categoryIds ? ` AND t.category_id IN (${categoryIds.map(() => '?').join(', ')})` : '';
      const [row] = await test.db.read.all<{ n: number | string }>(
        `SELECT COUNT(*) AS n FROM ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id WHERE ta.position_id = ? AND ${condition.sql}${category}`,
        [positionId, ...condition.params, ...(categoryIds ?? [])],
      );
      counts[tab] = Number(row!.n);
    }
    return counts;
  }

  it('given tickets of every status with every kind of deadline in two cartables, when counted together, then each tab holds exactly the rows its condition names, and the late ones are under overdue only', async () => {
    const { networkExpert, softwareExpert } = org.positions;
    const counts = await countCartables(test.db.read, [networkExpert, softwareExpert], {}, now);
    assert.deepEqual(counts.get(networkExpert), await countByDefinition(networkExpert));
    assert.deepEqual(counts.get(softwareExpert), await countByDefinition(softwareExpert));
    // Four open statuses, each late in four of the seven deadline kinds; the network expert holds
    // each combination twice (alone and shared), the software expert once plus the other category.
    assert.equal(counts.get(networkExpert)!.overdue, 32);
    assert.equal(counts.get(softwareExpert)!.overdue, 17);
  });

  it('given the same cartables, when each tab is listed, then it holds exactly the tickets its condition names, late ones under overdue only', async () => {
    for (const positionId of [org.positions.networkExpert, org.positions.softwareExpert]) {
      for (const tab of CARTABLE_TABS) {
        const condition = cartableTabCondition(tab, test.db.dialect, now);
        const expected = await test.db.read.all<{ id: number | string }>(
          `SELECT t.id FROM ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id WHERE ta.position_id = ? AND ${condition.sql} ORDER BY t.id`,
          [positionId, ...condition.params],
        );
        const listed = await listCartable(test.db.read, { positionId, tab, filter: {}, sort: 'priority', descending: false, limit: 500, offset: 0, now });
        assert.deepEqual(listed.map((row) => row.id).sort((a, b) => a - b), expected.map((row) => Number(row.id)), `${tab} of ${positionId}`);
        assert.ok(listed.every((row) => row.overdue === (tab === 'overdue')), `${tab} rows marked overdue only there`);
      }
    }
  });

  it('given a category filter, when counted, then the other category’s late ticket is left out', async () => {
    const { softwareExpert } = org.positions;
    const counts = await countCartables(test.db.read, [softwareExpert], { categoryIds: [org.categories.network] }, now);
    assert.deepEqual(counts.get(softwareExpert), await countByDefinition(softwareExpert, [org.categories.network]));
    assert.equal(counts.get(softwareExpert)!.overdue, 16);
  });
});
