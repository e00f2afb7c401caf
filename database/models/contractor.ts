import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** An outside company that takes tickets. */
export interface ContractorAttributes {
  id: number;
  code: string | null;
  nameFa: string;
  nameEn: string;
  phone: string | null;
  email: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type ContractorInstance = Model<ContractorAttributes, Optional<ContractorAttributes, 'id' | 'active' | 'createdAt' | 'updatedAt'>>;
export type ContractorModel = ModelStatic<ContractorInstance>;

export function defineContractor(sequelize: Sequelize): ContractorModel {
  return sequelize.define<ContractorInstance>(
    'Contractor',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      code: { type: DataTypes.STRING(64), allowNull: true },
      nameFa: { type: DataTypes.STRING(255), allowNull: false },
      nameEn: { type: DataTypes.STRING(255), allowNull: false },
      phone: { type: DataTypes.STRING(20), allowNull: true },
      email: { type: DataTypes.STRING(200), allowNull: true },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'contractors', underscored: true, timestamps: false },
  );
}
