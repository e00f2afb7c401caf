import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A ticket: a read model of its action log, kept in the same transaction. */
export interface TicketAttributes {
  id: number;
  trackingCode: string;
  channel: string;
  requestType: string;
  priorityCode: string;
  categoryId: number | null;
  locationId: number | null;
  subject: string;
  description: string;
  searchText: string;
  requesterPersonId: number | null;
  requesterName: string | null;
  requesterPhone: string | null;
  status: string;
  contractorId: number | null;
  escalationLevel: number;
  registeredByUserId: number | null;
  registeredAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  closeReason: string | null;
  postponedUntil: Date | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  processInstanceKey: string | null;
  feedbackProcessInstanceKey: string | null;
  callId: number | null;
  version: number;
}

export type TicketInstance = Model<TicketAttributes, Optional<TicketAttributes, 'id' | 'categoryId' | 'locationId' | 'requesterPersonId' | 'contractorId' | 'escalationLevel' | 'registeredByUserId' | 'updatedAt' | 'firstResponseAt' | 'resolvedAt' | 'closedAt' | 'postponedUntil' | 'responseDueAt' | 'resolutionDueAt' | 'feedbackProcessInstanceKey' | 'callId' | 'version'>>;
export type TicketModel = ModelStatic<TicketInstance>;

export function defineTicket(sequelize: Sequelize): TicketModel {
  return sequelize.define<TicketInstance>(
    'Ticket',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      trackingCode: { type: DataTypes.STRING(16), allowNull: false },
      channel: { type: DataTypes.STRING(16), allowNull: false },
      requestType: { type: DataTypes.STRING(32), allowNull: false },
      priorityCode: { type: DataTypes.STRING(32), allowNull: false },
      categoryId: { type: DataTypes.INTEGER, allowNull: true },
      locationId: { type: DataTypes.INTEGER, allowNull: true },
      subject: { type: DataTypes.STRING(300), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      searchText: { type: DataTypes.TEXT, allowNull: false },
      requesterPersonId: { type: DataTypes.INTEGER, allowNull: true },
      requesterName: { type: DataTypes.STRING(200), allowNull: true },
      requesterPhone: { type: DataTypes.STRING(20), allowNull: true },
      status: { type: DataTypes.STRING(32), allowNull: false },
      contractorId: { type: DataTypes.INTEGER, allowNull: true },
      escalationLevel: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      registeredByUserId: { type: DataTypes.INTEGER, allowNull: true },
      registeredAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
      firstResponseAt: { type: DataTypes.DATE, allowNull: true },
      resolvedAt: { type: DataTypes.DATE, allowNull: true },
      closedAt: { type: DataTypes.DATE, allowNull: true },
      closeReason: { type: DataTypes.STRING(32), allowNull: true },
      postponedUntil: { type: DataTypes.DATE, allowNull: true },
      responseDueAt: { type: DataTypes.DATE, allowNull: true },
      resolutionDueAt: { type: DataTypes.DATE, allowNull: true },
      processInstanceKey: { type: DataTypes.STRING(32), allowNull: true },
      feedbackProcessInstanceKey: { type: DataTypes.STRING(32), allowNull: true },
      callId: { type: DataTypes.INTEGER, allowNull: true },
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    },
    { tableName: 'tickets', underscored: true, timestamps: false },
  );
}
