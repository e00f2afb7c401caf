import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A login session; the id is the SHA-256 of its token. */
export interface SessionAttributes {
  id: string;
  userId: number;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export type SessionInstance = Model<SessionAttributes, Optional<SessionAttributes, 'createdAt'>>;
export type SessionModel = ModelStatic<SessionInstance>;

export function defineSession(sequelize: Sequelize): SessionModel {
  return sequelize.define<SessionInstance>(
    'Session',
    {
      id: { type: DataTypes.STRING(64), allowNull: false, primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      lastSeenAt: { type: DataTypes.DATE, allowNull: false },
      ip: { type: DataTypes.STRING(64), allowNull: true },
      userAgent: { type: DataTypes.STRING(300), allowNull: true },
    },
    { tableName: 'sessions', underscored: true, timestamps: false },
  );
}
