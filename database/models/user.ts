import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Someone who logs in. */
export interface UserAttributes {
  id: number;
  username: string;
  passwordHash: string;
  personId: number | null;
  displayName: string;
  language: string;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type UserInstance = Model<UserAttributes, Optional<UserAttributes, 'id' | 'personId' | 'active' | 'failedLogins' | 'lockedUntil' | 'lastLoginAt' | 'createdAt' | 'updatedAt'>>;
export type UserModel = ModelStatic<UserInstance>;

export function defineUser(sequelize: Sequelize): UserModel {
  return sequelize.define<UserInstance>(
    'User',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      username: { type: DataTypes.STRING(100), allowNull: false },
      passwordHash: { type: DataTypes.STRING(255), allowNull: false },
      personId: { type: DataTypes.INTEGER, allowNull: true },
      displayName: { type: DataTypes.STRING(200), allowNull: false },
      language: { type: DataTypes.STRING(2), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      failedLogins: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE, allowNull: true },
      lastLoginAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'users', underscored: true, timestamps: false },
  );
}
