import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A person to call at a contractor. */
export interface ContractorContactAttributes {
  id: number;
  contractorId: number;
  name: string;
  phone: string;
  email: string | null;
}

export type ContractorContactInstance = Model<ContractorContactAttributes, Optional<ContractorContactAttributes, 'id'>>;
export type ContractorContactModel = ModelStatic<ContractorContactInstance>;

export function defineContractorContact(sequelize: Sequelize): ContractorContactModel {
  return sequelize.define<ContractorContactInstance>(
    'ContractorContact',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      contractorId: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      phone: { type: DataTypes.STRING(20), allowNull: false },
      email: { type: DataTypes.STRING(200), allowNull: true },
    },
    { tableName: 'contractor_contacts', underscored: true, timestamps: false },
  );
}
