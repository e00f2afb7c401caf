import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Province › city › building › floor. */
export interface LocationAttributes {
  id: number;
  parentId: number | null;
  kind: string;
  code: string | null;
  nameFa: string;
  nameEn: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type LocationInstance = Model<LocationAttributes, Optional<LocationAttributes, 'id' | 'parentId' | 'active' | 'createdAt' | 'updatedAt'>>;
export type LocationModel = ModelStatic<LocationInstance>;

export function defineLocation(sequelize: Sequelize): LocationModel {
  return sequelize.define<LocationInstance>(
    'Location',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      parentId: { type: DataTypes.INTEGER, allowNull: true },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      code: { type: DataTypes.STRING(64), allowNull: true },
      nameFa: { type: DataTypes.STRING(255), allowNull: false },
      nameEn: { type: DataTypes.STRING(255), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'locations', underscored: true, timestamps: false },
  );
}
