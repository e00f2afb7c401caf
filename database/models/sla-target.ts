import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Response and resolution targets in business minutes. */
export interface SlaTargetAttributes {
  id: number;
  categoryId: number | null;
  priorityCode: string | null;
  responseMinutes: number;
  resolutionMinutes: number;
  createdAt: Date;
  updatedAt: Date;
}

export type SlaTargetInstance = Model<SlaTargetAttributes, Optional<SlaTargetAttributes, 'id' | 'categoryId' | 'createdAt' | 'updatedAt'>>;
export type SlaTargetModel = ModelStatic<SlaTargetInstance>;

export function defineSlaTarget(sequelize: Sequelize): SlaTargetModel {
  return sequelize.define<SlaTargetInstance>(
    'SlaTarget',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      categoryId: { type: DataTypes.INTEGER, allowNull: true },
      priorityCode: { type: DataTypes.STRING(32), allowNull: true },
      responseMinutes: { type: DataTypes.INTEGER, allowNull: false },
      resolutionMinutes: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'sla_targets', underscored: true, timestamps: false },
  );
}
