import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** One entry of a ticket's append-only action log. */
export interface TicketActionRecordAttributes {
  id: number;
  ticketId: number;
  kind: string;
  at: Date;
  actorKind: string;
  actorUserId: number | null;
  actorPersonId: number | null;
  actorPositionId: number | null;
  payload: string;
  visibleToRequester: boolean;
  idempotencyKey: string | null;
}

export type TicketActionRecordInstance = Model<TicketActionRecordAttributes, Optional<TicketActionRecordAttributes, 'id' | 'actorUserId' | 'actorPersonId' | 'actorPositionId' | 'visibleToRequester'>>;
export type TicketActionRecordModel = ModelStatic<TicketActionRecordInstance>;

export function defineTicketActionRecord(sequelize: Sequelize): TicketActionRecordModel {
  return sequelize.define<TicketActionRecordInstance>(
    'TicketActionRecord',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      ticketId: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      at: { type: DataTypes.DATE, allowNull: false },
      actorKind: { type: DataTypes.STRING(16), allowNull: false },
      actorUserId: { type: DataTypes.INTEGER, allowNull: true },
      actorPersonId: { type: DataTypes.INTEGER, allowNull: true },
      actorPositionId: { type: DataTypes.INTEGER, allowNull: true },
      payload: { type: DataTypes.TEXT, allowNull: false },
      visibleToRequester: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      idempotencyKey: { type: DataTypes.STRING(200), allowNull: true },
    },
    { tableName: 'ticket_actions', underscored: true, timestamps: false },
  );
}
