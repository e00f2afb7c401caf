import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A position that oversees a contractor. */
export interface ContractorSupervisorAttributes {
  contractorId: number;
  positionId: number;
}

export type ContractorSupervisorInstance = Model<ContractorSupervisorAttributes, Optional<ContractorSupervisorAttributes, never>>;
export type ContractorSupervisorModel = ModelStatic<ContractorSupervisorInstance>;

export function defineContractorSupervisor(sequelize: Sequelize): ContractorSupervisorModel {
  return sequelize.define<ContractorSupervisorInstance>(
    'ContractorSupervisor',
    {
      contractorId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      positionId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    },
    { tableName: 'contractor_supervisors', underscored: true, timestamps: false },
  );
}
