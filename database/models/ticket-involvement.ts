import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A position that has held a ticket at some time; its holders (and their supervisors) may still see it. */
export interface TicketInvolvementAttributes {
  ticketId: number;
  positionId: number;
  since: Date;
}

export type TicketInvolvementInstance = Model<TicketInvolvementAttributes, Optional<TicketInvolvementAttributes, never>>;
export type TicketInvolvementModel = ModelStatic<TicketInvolvementInstance>;

export function defineTicketInvolvement(sequelize: Sequelize): TicketInvolvementModel {
  return sequelize.define<TicketInvolvementInstance>(
    'TicketInvolvement',
    {
      ticketId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      positionId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      since: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'ticket_involvements', underscored: true, timestamps: false },
  );
}
