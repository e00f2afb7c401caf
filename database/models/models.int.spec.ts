import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../test-support/test-database.js';
import { modelsOf } from './index.js';

describe('domain models', () => {
  it('write and read the migrated tables, inside and outside transactions', async () => {
    const { db, dispose } = await createTestDatabase();
    try {
      const { OrgUnit, Position, Person, PersonPhone, Ticket, TicketActionRecord } = modelsOf(db);
      const now = new Date('2026-11-23T08:00:00Z');
      const ticketId = await db.transaction(async (tx) => {
        const options = { transaction: tx.transaction };
        const unit = (await OrgUnit.create({ nameFa: 'فناوری اطلاعات', nameEn: 'IT', createdAt: now, updatedAt: now }, options)).get();
        await Position.create({ unitId: unit.id, titleFa: 'کارشناس شبکه', titleEn: 'Network expert', createdAt: now, updatedAt: now }, options);
        const person = (await Person.create({ personnelCode: '1001', firstName: 'علی', lastName: 'رضایی', createdAt: now, updatedAt: now }, options)).get();
        await PersonPhone.create({ personId: person.id, phone: '+989121234567', kind: 'mobile' }, options);
        const ticket = (
          await Ticket.create(
          {
            trackingCode: '12345674',
            channel: 'phone',
            requestType: 'incident',
            priorityCode: 'high',
            subject: 'چاپگر کار نمی‌کند',
            description: 'چاپگر طبقه سوم',
            searchText: 'چاپگر کار نمیکند',
            requesterPersonId: person.id,
            status: 'registered',
            registeredAt: now,
            updatedAt: now,
          },
          options,
        )
        ).get();
        await TicketActionRecord.create({ ticketId: ticket.id, kind: 'registered', at: now, actorKind: 'staff', payload: '{}' }, options);
        return ticket.id;
      });
      await assert.rejects(
        db.transaction(async (tx) => {
          await TicketActionRecord.create({ ticketId, kind: 'noted', at: now, actorKind: 'staff', payload: '{}' }, { transaction: tx.transaction });
          throw new Error('rolled back');
        }),
        /rolled back/,
      );
      const ticket = (await Ticket.findByPk(ticketId))?.get();
      assert.equal(ticket?.subject, 'چاپگر کار نمی‌کند');
      assert.equal(ticket?.escalationLevel, 0);
      assert.deepEqual((await TicketActionRecord.findAll({ where: { ticketId } })).map((action) => action.get().kind), ['registered']);
      assert.equal((await PersonPhone.findOne({ where: { phone: '+989121234567' } }))?.get().kind, 'mobile');
    } finally {
      await dispose();
    }
  });
});
