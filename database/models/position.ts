import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A post; its parent is where its tickets escalate. */
export interface PositionAttributes {
  id: number;
  parentId: number | null;
  unitId: number;
  code: string | null;
  titleFa: string;
  titleEn: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type PositionInstance = Model<PositionAttributes, Optional<PositionAttributes, 'id' | 'parentId' | 'active' | 'createdAt' | 'updatedAt'>>;
export type PositionModel = ModelStatic<PositionInstance>;

export function definePosition(sequelize: Sequelize): PositionModel {
  return sequelize.define<PositionInstance>(
    'Position',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      parentId: { type: DataTypes.INTEGER, allowNull: true },
      unitId: { type: DataTypes.INTEGER, allowNull: false },
      code: { type: DataTypes.STRING(64), allowNull: true },
      titleFa: { type: DataTypes.STRING(255), allowNull: false },
      titleEn: { type: DataTypes.STRING(255), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'positions', underscored: true, timestamps: false },
  );
}
