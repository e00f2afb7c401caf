import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A process version deployed from the designer, and by whom. */
export interface ProcessDeploymentAttributes {
  id: number;
  processDefinitionKey: string;
  bpmnProcessId: string;
  version: number;
  deployedByUserId: number | null;
  deployedAt: Date;
}

export type ProcessDeploymentInstance = Model<ProcessDeploymentAttributes, Optional<ProcessDeploymentAttributes, 'id' | 'deployedByUserId'>>;
export type ProcessDeploymentModel = ModelStatic<ProcessDeploymentInstance>;

export function defineProcessDeployment(sequelize: Sequelize): ProcessDeploymentModel {
  return sequelize.define<ProcessDeploymentInstance>(
    'ProcessDeployment',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      processDefinitionKey: { type: DataTypes.STRING(32), allowNull: false },
      bpmnProcessId: { type: DataTypes.STRING(255), allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false },
      deployedByUserId: { type: DataTypes.INTEGER, allowNull: true },
      deployedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'process_deployments', underscored: true, timestamps: false },
  );
}
