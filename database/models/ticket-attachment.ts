import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A file of a ticket: an upload, a call recording, a voicemail. */
export interface TicketAttachmentAttributes {
  id: number;
  ticketId: number;
  actionId: number | null;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storagePath: string;
  uploadedByUserId: number | null;
  createdAt: Date;
}

export type TicketAttachmentInstance = Model<TicketAttachmentAttributes, Optional<TicketAttachmentAttributes, 'id' | 'actionId' | 'uploadedByUserId' | 'createdAt'>>;
export type TicketAttachmentModel = ModelStatic<TicketAttachmentInstance>;

export function defineTicketAttachment(sequelize: Sequelize): TicketAttachmentModel {
  return sequelize.define<TicketAttachmentInstance>(
    'TicketAttachment',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      ticketId: { type: DataTypes.INTEGER, allowNull: false },
      actionId: { type: DataTypes.INTEGER, allowNull: true },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      fileName: { type: DataTypes.STRING(255), allowNull: false },
      contentType: { type: DataTypes.STRING(100), allowNull: false },
      size: { type: DataTypes.INTEGER, allowNull: false },
      sha256: { type: DataTypes.STRING(64), allowNull: false },
      storagePath: { type: DataTypes.STRING(500), allowNull: false },
      uploadedByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'ticket_attachments', underscored: true, timestamps: false },
  );
}
