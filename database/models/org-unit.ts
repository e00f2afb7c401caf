import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A department or office; units form a tree. */
export interface OrgUnitAttributes {
  id: number;
  parentId: number | null;
  code: string | null;
  nameFa: string;
  nameEn: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type OrgUnitInstance = Model<OrgUnitAttributes, Optional<OrgUnitAttributes, 'id' | 'parentId' | 'active' | 'createdAt' | 'updatedAt'>>;
export type OrgUnitModel = ModelStatic<OrgUnitInstance>;

export function defineOrgUnit(sequelize: Sequelize): OrgUnitModel {
  return sequelize.define<OrgUnitInstance>(
    'OrgUnit',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      parentId: { type: DataTypes.INTEGER, allowNull: true },
      code: { type: DataTypes.STRING(64), allowNull: true },
      nameFa: { type: DataTypes.STRING(255), allowNull: false },
      nameEn: { type: DataTypes.STRING(255), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'org_units', underscored: true, timestamps: false },
  );
}
