import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { contractorReport } from './contractor-report.js';
import { dailyReport } from './daily-report.js';
import { dailyTotalsReport } from './daily-totals-report.js';
import { dashboardReport } from './dashboard-report.js';
import { loadReportReference } from './load-report-reference.js';
import { operatorReport } from './operator-report.js';
import type { ReportFilter } from './report-filter.js';
import type { ReportInput } from './report-input.js';
import { responseTimeReport } from './response-time-report.js';
import { staffReport } from './staff-report.js';
import { seedReportFixture, type ReportFixture } from './test-support/report-fixture.js';
import { topCategoriesReport } from './top-categories-report.js';
import { trainingGapsReport } from './training-gaps-report.js';

/** Rounded for comparisons of averages that are not whole numbers. */
const round = (value: number | null, digits = 3) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

describe('report queries on a known week', () => {
  let database: TestDatabase;
  let fixture: ReportFixture;
  let organization: ReportInput;
  /** The network head's supervisor: the network head's and the expert's tickets only. */
  let network: ReportInput;

  before(async () => {
    database = await createTestDatabase();
    fixture = await seedReportFixture(database.db);
    const reference = await loadReportReference(database.db.read);
    const filter: ReportFilter = { from: fixture.from, to: fixture.to, positionIds: null };
    organization = { read: database.db.read, filter, now: fixture.now, reference };
    network = { ...organization, filter: { ...filter, positionIds: [fixture.positions.networkHead, fixture.positions.networkExpert] } };
  });
  after(() => database.dispose());

  describe('dashboard', () => {
    it('given the week, when the dashboard is computed, then totals, deadlines and satisfaction match the tickets', async () => {
      const report = await dashboardReport(organization);
      assert.deepEqual({ ...report.totals, satisfactionAverage: round(report.totals.satisfactionAverage) }, {
        registered: 8,
        open: 3,
        overdue: 1,
        resolved: 4,
        closed: 4,
        escalated: 1,
        responseMet: 5,
        responseBreached: 2,
        resolutionMet: 3,
        resolutionBreached: 2,
        feedbackCount: 3,
        satisfactionAverage: 3.667,
      });
      assert.deepEqual(report.satisfaction, [
        { score: 1, count: 0 },
        { score: 2, count: 1 },
        { score: 3, count: 0 },
        { score: 4, count: 1 },
        { score: 5, count: 1 },
      ]);
    });

    it('given the week, when broken down, then units, systems and priorities count registered, open and overdue', async () => {
      const report = await dashboardReport(organization);
      assert.deepEqual(report.byUnit, [
        { unitId: fixture.units.finance, registered: 4, open: 2, overdue: 1 },
        { unitId: fixture.units.hr, registered: 3, open: 1, overdue: 0 },
        { unitId: null, registered: 1, open: 0, overdue: 0 },
      ]);
      assert.equal(report.categoryLevel, 1);
      assert.deepEqual(report.byCategory, [
        { categoryId: fixture.categories.hw, registered: 4, open: 1, overdue: 1 },
        { categoryId: fixture.categories.sw, registered: 3, open: 1, overdue: 0 },
        { categoryId: fixture.categories.trn, registered: 1, open: 1, overdue: 0 },
      ]);
      assert.deepEqual(
        report.byPriority.map((row) => [row.priorityCode, row.registered, row.open, row.overdue, row.responseMet, row.responseBreached, row.resolutionMet, row.resolutionBreached]),
        [
          ['critical', 1, 0, 0, 0, 1, 0, 1],
          ['high', 2, 0, 0, 1, 0, 1, 0],
          ['medium', 2, 1, 1, 1, 1, 1, 1],
          ['low', 3, 2, 0, 3, 0, 1, 0],
        ],
      );
    });

    it('given the week, when the trend is drawn, then each Tehran day has its registrations, resolutions and closures', async () => {
      const report = await dashboardReport(organization);
      assert.deepEqual(report.trend, [
        { day: '2026-01-03', registered: 2, resolved: 2, closed: 0 },
        { day: '2026-01-04', registered: 1, resolved: 1, closed: 1 },
        { day: '2026-01-05', registered: 2, resolved: 2, closed: 1 },
        { day: '2026-01-06', registered: 1, resolved: 0, closed: 1 },
        { day: '2026-01-07', registered: 1, resolved: 0, closed: 1 },
        { day: '2026-01-08', registered: 1, resolved: 1, closed: 0 },
        { day: '2026-01-09', registered: 0, resolved: 0, closed: 0 },
      ]);
    });

    it('given a category filter on a system, when broken down, then its subsystems are the rows', async () => {
      const report = await dashboardReport(
        { ...organization, filter: { ...organization.filter, categoryIds: [fixture.categories.hw, fixture.categories.network, fixture.categories.vpn, fixture.categories.printers, fixture.categories.jam] } },
        { categoryRootId: fixture.categories.hw },
      );
      assert.equal(report.categoryLevel, 2);
      assert.deepEqual(report.byCategory, [
        { categoryId: fixture.categories.printers, registered: 2, open: 1, overdue: 1 },
        { categoryId: fixture.categories.network, registered: 2, open: 0, overdue: 0 },
      ]);
    });

    it('given the network supervisor, when the dashboard is computed, then only tickets that reached the network positions count', async () => {
      const report = await dashboardReport(network);
      assert.equal(report.totals.registered, 4, 'T1, T2, T3 and T9');
      assert.equal(report.totals.open, 1);
      assert.deepEqual(report.byCategory.map((row) => row.categoryId), [fixture.categories.hw]);
    });

    it('given a unit filter, when the dashboard is computed, then only that unit’s requesters count', async () => {
      const report = await dashboardReport({ ...organization, filter: { ...organization.filter, unitIds: [fixture.units.hr] } });
      assert.equal(report.totals.registered, 3);
      assert.deepEqual(report.byUnit.map((row) => row.unitId), [fixture.units.hr]);
    });
  });

  describe('daily totals and the daily report', () => {
    it('given the week, when totalled per day, then registrations by channel and the day’s resolutions, closures, escalations and reopenings add up', async () => {
      const report = await dailyTotalsReport(organization);
      assert.deepEqual(
        report.days.map((day) => [day.day, day.registered, day.byChannel.phone, day.byChannel.portal, day.byChannel.email, day.resolved, day.closed, day.escalated, day.reopened]),
        [
          ['2026-01-03', 2, 1, 1, 0, 2, 0, 0, 0],
          ['2026-01-04', 1, 1, 0, 0, 1, 1, 1, 1],
          ['2026-01-05', 2, 1, 1, 0, 2, 1, 0, 0],
          ['2026-01-06', 1, 1, 0, 0, 0, 1, 0, 0],
          ['2026-01-07', 1, 0, 0, 1, 0, 1, 0, 0],
          ['2026-01-08', 1, 1, 0, 0, 1, 0, 0, 0],
          ['2026-01-09', 0, 0, 0, 0, 0, 0, 0, 0],
        ],
      );
      assert.deepEqual(report.totals, { registered: 8, byChannel: { phone: 5, portal: 2, email: 1, voicemail: 0, api: 0, internal: 0 }, resolved: 6, closed: 4, escalated: 1, reopened: 1 });
    });

    it('given the week, when the register is listed, then every ticket with activity in it is there with its counts', async () => {
      const report = await dailyReport(organization);
      assert.deepEqual(report.rows.map((row) => row.ticket.id), [fixture.tickets.T8, fixture.tickets.T1, fixture.tickets.T2, fixture.tickets.T3, fixture.tickets.T4, fixture.tickets.T5, fixture.tickets.T6, fixture.tickets.T7, fixture.tickets.T9]);
      assert.deepEqual(report.summary, { registered: 8, firstResponses: 6, resolved: 5, closed: 4, openNow: 3, overdueNow: 1 });
      assert.equal(report.truncated, false);
      const t3 = report.rows.find((row) => row.ticket.id === fixture.tickets.T3)!;
      assert.deepEqual(t3.assignedPositionIds, [fixture.positions.networkHead]);
      assert.equal(t3.overdue, true);
    });

    it('given one day, when the register is listed, then only that day’s activity is there', async () => {
      const report = await dailyReport({ ...organization, filter: { ...organization.filter, from: fixture.from, to: new Date(fixture.from.getTime() + 86_400_000) } });
      assert.deepEqual(report.rows.map((row) => row.ticket.id), [fixture.tickets.T8, fixture.tickets.T1, fixture.tickets.T2]);
      assert.deepEqual(report.summary, { registered: 2, firstResponses: 2, resolved: 2, closed: 0, openNow: 0, overdueNow: 0 }, 'T1 and T8 resolved that day');
    });
  });

  describe('operators', () => {
    it('given the week’s calls, when the operators are measured, then rings, answers, misses, waits, talk and tickets match', async () => {
      const report = await operatorReport(organization);
      assert.deepEqual(report.operators, [
        { userId: fixture.users.operator1, offered: 2, answered: 2, missed: 0, answerRate: 1, averageRingSeconds: 4, calls: 2, averageWaitSeconds: 30, talkSeconds: 420, averageTalkSeconds: 210, ticketsRegistered: 3, ticketsFromCalls: 1 },
        { userId: fixture.users.operator2, offered: 4, answered: 2, missed: 2, answerRate: 0.5, averageRingSeconds: 3, calls: 2, averageWaitSeconds: 7.5, talkSeconds: 260, averageTalkSeconds: 130, ticketsRegistered: 2, ticketsFromCalls: 1 },
      ]);
    });

    it('given the week’s calls, when the queues are measured, then offered, answered, abandoned, voicemail, waits and service level match', async () => {
      const report = await operatorReport(organization);
      assert.deepEqual(report.queues, [
        { queueId: 'support', offered: 5, answered: 3, abandoned: 1, voicemail: 1, abandonRate: 0.2, averageWaitSeconds: 23.3, averageAbandonedWaitSeconds: 60, longestWaitSeconds: 300, serviceLevel: 0.4, talkSeconds: 620 },
        { queueId: 'training', offered: 1, answered: 1, abandoned: 0, voicemail: 0, abandonRate: 0, averageWaitSeconds: 5, averageAbandonedWaitSeconds: null, longestWaitSeconds: 5, serviceLevel: 1, talkSeconds: 60 },
      ]);
    });

    it('given the network supervisor, who oversees no operator, when the operators are measured, then nobody and no queue is shown', async () => {
      const report = await operatorReport(network);
      assert.deepEqual(report, { operators: [], queues: [] });
    });
  });

  describe('staff', () => {
    it('given the week, when each position is measured, then received, backlog, resolutions, business time, rework and satisfaction match', async () => {
      const report = await staffReport(organization);
      assert.deepEqual(
        report.positions.map((row) => ({ ...row, averageResolutionMinutes: round(row.averageResolutionMinutes), satisfactionAverage: round(row.satisfactionAverage) })),
        [
          { positionId: fixture.positions.networkExpert, received: 2, openNow: 1, overdueNow: 0, resolved: 3, averageResolutionMinutes: 720, medianResolutionMinutes: 660, reworked: 0, reworkRate: 0, feedbackCount: 2, satisfactionAverage: 4.5 },
          { positionId: fixture.positions.networkHead, received: 3, openNow: 1, overdueNow: 1, resolved: 2, averageResolutionMinutes: 270, medianResolutionMinutes: 270, reworked: 1, reworkRate: 0.5, feedbackCount: 1, satisfactionAverage: 2 },
          { positionId: fixture.positions.softwareExpert, received: 4, openNow: 2, overdueNow: 0, resolved: 1, averageResolutionMinutes: 30, medianResolutionMinutes: 30, reworked: 0, reworkRate: 0, feedbackCount: 0, satisfactionAverage: null },
        ],
      );
      assert.deepEqual(
        report.people.map((row) => [row.personId, row.positionIds, row.resolved]),
        [
          [fixture.people.netExpert, [fixture.positions.networkExpert], 3],
          [fixture.people.netHead, [fixture.positions.networkHead], 2],
          [fixture.people.swExpert, [fixture.positions.softwareExpert], 1],
        ],
      );
    });

    it('given the network supervisor, when the staff are measured, then only the network positions are rows', async () => {
      const report = await staffReport(network);
      assert.deepEqual(report.positions.map((row) => row.positionId), [fixture.positions.networkExpert, fixture.positions.networkHead]);
      assert.deepEqual(report.people.map((row) => row.personId), [fixture.people.netExpert, fixture.people.netHead]);
    });
  });

  it('given the week, when contractors are measured, then the printer contractor’s two tickets are counted with their outcome', async () => {
    const rows = await contractorReport(organization);
    assert.deepEqual(rows, [
      {
        contractorId: fixture.contractorId,
        tickets: 2,
        openNow: 1,
        overdueNow: 1,
        resolved: 1,
        averageResolutionMinutes: 180,
        medianResolutionMinutes: 180,
        resolutionMet: 1,
        resolutionBreached: 1,
        resolutionSlaRate: 0.5,
        reworked: 0,
        feedbackCount: 0,
        satisfactionAverage: null,
      },
    ]);
  });

  it('given the week and the one before, when categories are ranked, then systems, subsystems and subjects come with share and change', async () => {
    const report = await topCategoriesReport(organization);
    assert.equal(report.total, 8);
    assert.equal(report.previousTotal, 1, 'T8, the Tuesday before');
    assert.deepEqual(
      report.systems.map((row) => ({ ...row, satisfactionAverage: round(row.satisfactionAverage) })),
      [
        { categoryId: fixture.categories.hw, tickets: 4, share: 0.5, previousTickets: 1, change: 3, openNow: 1, averageResolutionMinutes: 320, reworked: 1, satisfactionAverage: 3.667 },
        { categoryId: fixture.categories.sw, tickets: 3, share: 0.375, previousTickets: 0, change: null, openNow: 1, averageResolutionMinutes: 30, reworked: 0, satisfactionAverage: null },
        { categoryId: fixture.categories.trn, tickets: 1, share: 0.125, previousTickets: 0, change: null, openNow: 1, averageResolutionMinutes: null, reworked: 0, satisfactionAverage: null },
      ],
    );
    assert.deepEqual(
      report.subsystems.map((row) => [row.categoryId, row.tickets]),
      [
        [fixture.categories.oa, 3],
        [fixture.categories.network, 2],
        [fixture.categories.printers, 2],
        [fixture.categories.office, 1],
      ],
    );
    assert.deepEqual(
      report.subjects.map((row) => [row.categoryId, row.tickets]),
      [
        [fixture.categories.oaReport, 2],
        [fixture.categories.vpn, 2],
        [fixture.categories.jam, 2],
        [fixture.categories.oaSign, 1],
        [fixture.categories.excel, 1],
      ],
    );
  });

  it('given the week, when training gaps are sought, then the information requests are counted by unit and category', async () => {
    const report = await trainingGapsReport(organization);
    assert.deepEqual(report.byUnit, [
      { unitId: fixture.units.finance, informationRequests: 2, allRequests: 4, share: 0.5, topCategoryId: fixture.categories.oaReport, topCategoryCount: 2, requesters: 2 },
      { unitId: fixture.units.hr, informationRequests: 1, allRequests: 3, share: 1 / 3, topCategoryId: fixture.categories.excel, topCategoryCount: 1, requesters: 1 },
    ]);
    assert.deepEqual(report.byUnitAndCategory, [
      { unitId: fixture.units.finance, categoryId: fixture.categories.oaReport, informationRequests: 2, requesters: 2 },
      { unitId: fixture.units.hr, categoryId: fixture.categories.excel, informationRequests: 1, requesters: 1 },
    ]);
    assert.deepEqual(report.byCategory, [
      { categoryId: fixture.categories.oaReport, informationRequests: 2, units: 1 },
      { categoryId: fixture.categories.excel, informationRequests: 1, units: 1 },
    ]);
  });

  it('given the week, when response times are analysed in business minutes, then averages, medians, percentiles, deadlines and the spread match', async () => {
    const report = await responseTimeReport(organization);
    const { total } = report;
    assert.deepEqual(total.response, { count: 6, average: 35, median: 30, p90: 60 });
    assert.deepEqual(total.resolution, { count: 4, average: 247.5, median: 150, p90: 660 });
    assert.deepEqual([total.tickets, total.responseMet, total.responseBreached, round(total.responseSlaRate), total.resolutionMet, total.resolutionBreached, total.resolutionSlaRate], [8, 5, 2, 0.714, 3, 2, 0.6]);
    assert.equal(total.averageCalendarResolutionMinutes, 727.5);
    assert.deepEqual(
      report.byPriority.map((row) => [row.priorityCode, row.tickets, row.response.average, row.resolution.average]),
      [
        ['critical', 1, 60, 660],
        ['high', 2, 20, 120],
        ['medium', 2, 30, 180],
        ['low', 3, 33.333333333333336, 30],
      ],
    );
    assert.deepEqual(
      report.distribution.map((bucket) => [bucket.upToMinutes, bucket.response, bucket.resolution]),
      [
        [15, 1, 0],
        [30, 3, 1],
        [60, 2, 0],
        [120, 0, 1],
        [240, 0, 1],
        [480, 0, 0],
        [1440, 0, 1],
        [null, 0, 0],
      ],
    );
  });
});
