import type { Sequelize } from 'sequelize';
import type { Database } from '../database.js';
import { defineOrgUnit } from './org-unit.js';
import { definePosition } from './position.js';
import { defineLocation } from './location.js';
import { definePerson } from './person.js';
import { definePersonPhone } from './person-phone.js';
import { definePersonPosition } from './person-position.js';
import { defineContractor } from './contractor.js';
import { defineContractorContact } from './contractor-contact.js';
import { defineContractorSupervisor } from './contractor-supervisor.js';
import { definePriority } from './priority.js';
import { defineCategory } from './category.js';
import { defineRoutingRule } from './routing-rule.js';
import { defineRoutingRulePosition } from './routing-rule-position.js';
import { defineSlaTarget } from './sla-target.js';
import { defineHoliday } from './holiday.js';
import { defineClosure } from './closure.js';
import { defineSetting } from './setting.js';
import { defineUser } from './user.js';
import { defineUserRole } from './user-role.js';
import { defineSession } from './session.js';
import { defineApiKey } from './api-key.js';
import { defineTicket } from './ticket.js';
import { defineTicketAssignment } from './ticket-assignment.js';
import { defineTicketInvolvement } from './ticket-involvement.js';
import { defineTicketActionRecord } from './ticket-action-record.js';
import { defineTicketAttachment } from './ticket-attachment.js';
import { defineSmsTemplate } from './sms-template.js';
import { defineSmsMessage } from './sms-message.js';
import { defineAdminAudit } from './admin-audit.js';
import { defineProcessDeployment } from './process-deployment.js';

function defineModels(sequelize: Sequelize) {
  return {
    OrgUnit: defineOrgUnit(sequelize),
    Position: definePosition(sequelize),
    Location: defineLocation(sequelize),
    Person: definePerson(sequelize),
    PersonPhone: definePersonPhone(sequelize),
    PersonPosition: definePersonPosition(sequelize),
    Contractor: defineContractor(sequelize),
    ContractorContact: defineContractorContact(sequelize),
    ContractorSupervisor: defineContractorSupervisor(sequelize),
    Priority: definePriority(sequelize),
    Category: defineCategory(sequelize),
    RoutingRule: defineRoutingRule(sequelize),
    RoutingRulePosition: defineRoutingRulePosition(sequelize),
    SlaTarget: defineSlaTarget(sequelize),
    Holiday: defineHoliday(sequelize),
    Closure: defineClosure(sequelize),
    Setting: defineSetting(sequelize),
    User: defineUser(sequelize),
    UserRole: defineUserRole(sequelize),
    Session: defineSession(sequelize),
    ApiKey: defineApiKey(sequelize),
    Ticket: defineTicket(sequelize),
    TicketAssignment: defineTicketAssignment(sequelize),
    TicketInvolvement: defineTicketInvolvement(sequelize),
    TicketActionRecord: defineTicketActionRecord(sequelize),
    TicketAttachment: defineTicketAttachment(sequelize),
    SmsTemplate: defineSmsTemplate(sequelize),
    SmsMessage: defineSmsMessage(sequelize),
    AdminAudit: defineAdminAudit(sequelize),
    ProcessDeployment: defineProcessDeployment(sequelize),
  };
}

/**
 * The domain's Sequelize models, defined once per database connection. Read attributes with
 * `instance.get()` (typed) rather than `instance.get('name')` (untyped in Sequelize 6), and pass
 * `{ transaction: tx.transaction }` to join a unit of work.
 */
export type Models = ReturnType<typeof defineModels>;

const defined = new WeakMap<Sequelize, Models>();

export function modelsOf(db: Database): Models {
  let models = defined.get(db.sequelize);
  if (!models) {
    models = defineModels(db.sequelize);
    defined.set(db.sequelize, models);
  }
  return models;
}
