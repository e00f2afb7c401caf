import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** One SMS in the outbox. */
export interface SmsMessageAttributes {
  id: number;
  idempotencyKey: string;
  event: string;
  ticketId: number | null;
  toPhone: string;
  language: string;
  body: string;
  status: string;
  provider: string;
  providerMessageId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
  statusCheckedAt: Date | null;
}

export type SmsMessageInstance = Model<SmsMessageAttributes, Optional<SmsMessageAttributes, 'id' | 'ticketId' | 'attempts' | 'lastError' | 'createdAt' | 'sentAt' | 'deliveredAt' | 'nextAttemptAt' | 'statusCheckedAt'>>;
export type SmsMessageModel = ModelStatic<SmsMessageInstance>;

export function defineSmsMessage(sequelize: Sequelize): SmsMessageModel {
  return sequelize.define<SmsMessageInstance>(
    'SmsMessage',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      idempotencyKey: { type: DataTypes.STRING(200), allowNull: false },
      event: { type: DataTypes.STRING(64), allowNull: false },
      ticketId: { type: DataTypes.INTEGER, allowNull: true },
      toPhone: { type: DataTypes.STRING(20), allowNull: false },
      language: { type: DataTypes.STRING(2), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      provider: { type: DataTypes.STRING(32), allowNull: false },
      providerMessageId: { type: DataTypes.STRING(100), allowNull: true },
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lastError: { type: DataTypes.TEXT, allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      sentAt: { type: DataTypes.DATE, allowNull: true },
      deliveredAt: { type: DataTypes.DATE, allowNull: true },
      nextAttemptAt: { type: DataTypes.DATE, allowNull: true },
      statusCheckedAt: { type: DataTypes.DATE, allowNull: true },
    },
    { tableName: 'sms_messages', underscored: true, timestamps: false },
  );
}
