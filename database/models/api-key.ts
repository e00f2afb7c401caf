import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A key for CRM systems; stored as a SHA-256 hash. */
export interface ApiKeyAttributes {
  id: number;
  name: string;
  prefix: string;
  keyHash: string;
  roles: string | null;
  createdByUserId: number | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type ApiKeyInstance = Model<ApiKeyAttributes, Optional<ApiKeyAttributes, 'id' | 'roles' | 'createdByUserId' | 'createdAt' | 'lastUsedAt' | 'revokedAt'>>;
export type ApiKeyModel = ModelStatic<ApiKeyInstance>;

export function defineApiKey(sequelize: Sequelize): ApiKeyModel {
  return sequelize.define<ApiKeyInstance>(
    'ApiKey',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      name: { type: DataTypes.STRING(200), allowNull: false },
      prefix: { type: DataTypes.STRING(16), allowNull: false },
      keyHash: { type: DataTypes.STRING(64), allowNull: false },
      roles: { type: DataTypes.TEXT, allowNull: true },
      createdByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      lastUsedAt: { type: DataTypes.DATE, allowNull: true },
      revokedAt: { type: DataTypes.DATE, allowNull: true },
    },
    { tableName: 'api_keys', underscored: true, timestamps: false },
  );
}
