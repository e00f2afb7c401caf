import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A position whose cartable holds a ticket now. */
export interface TicketAssignmentAttributes {
  ticketId: number;
  positionId: number;
  since: Date;
}

export type TicketAssignmentInstance = Model<TicketAssignmentAttributes, Optional<TicketAssignmentAttributes, never>>;
export type TicketAssignmentModel = ModelStatic<TicketAssignmentInstance>;

export function defineTicketAssignment(sequelize: Sequelize): TicketAssignmentModel {
  return sequelize.define<TicketAssignmentInstance>(
    'TicketAssignment',
    {
      ticketId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      positionId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      since: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'ticket_assignments', underscored: true, timestamps: false },
  );
}
