import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Someone in the organization. */
export interface PersonAttributes {
  id: number;
  personnelCode: string;
  firstName: string;
  lastName: string;
  fullNameEn: string | null;
  unitId: number | null;
  locationId: number | null;
  extension: string | null;
  email: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type PersonInstance = Model<PersonAttributes, Optional<PersonAttributes, 'id' | 'unitId' | 'locationId' | 'active' | 'createdAt' | 'updatedAt'>>;
export type PersonModel = ModelStatic<PersonInstance>;

export function definePerson(sequelize: Sequelize): PersonModel {
  return sequelize.define<PersonInstance>(
    'Person',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      personnelCode: { type: DataTypes.STRING(32), allowNull: false },
      firstName: { type: DataTypes.STRING(100), allowNull: false },
      lastName: { type: DataTypes.STRING(100), allowNull: false },
      fullNameEn: { type: DataTypes.STRING(200), allowNull: true },
      unitId: { type: DataTypes.INTEGER, allowNull: true },
      locationId: { type: DataTypes.INTEGER, allowNull: true },
      extension: { type: DataTypes.STRING(16), allowNull: true },
      email: { type: DataTypes.STRING(200), allowNull: true },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'people', underscored: true, timestamps: false },
  );
}
