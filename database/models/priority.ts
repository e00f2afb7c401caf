import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A priority defined by the admin; rank 1 is the most urgent. */
export interface PriorityAttributes {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string;
  color: string;
  rankOrder: number;
  isDefault: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type PriorityInstance = Model<PriorityAttributes, Optional<PriorityAttributes, 'id' | 'isDefault' | 'active' | 'createdAt' | 'updatedAt'>>;
export type PriorityModel = ModelStatic<PriorityInstance>;

export function definePriority(sequelize: Sequelize): PriorityModel {
  return sequelize.define<PriorityInstance>(
    'Priority',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      code: { type: DataTypes.STRING(32), allowNull: false },
      nameFa: { type: DataTypes.STRING(100), allowNull: false },
      nameEn: { type: DataTypes.STRING(100), allowNull: false },
      color: { type: DataTypes.STRING(16), allowNull: false },
      rankOrder: { type: DataTypes.INTEGER, allowNull: false },
      isDefault: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'priorities', underscored: true, timestamps: false },
  );
}
