import { DataTypes } from 'sequelize';
import type { Migration } from './migration.js';

/**
 * Who deployed which process version from the designer. The engine keeps the versions and their
 * XML; this table adds the person, for the designer's list and for auditors. Versions deployed from
 * the processes folder at start-up have no row.
 */
export const processDeployments: Migration = {
  name: '20261123-40-process-deployments',
  async up({ queryInterface: q }) {
    await q.createTable('process_deployments', {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
      process_definition_key: { type: DataTypes.STRING(32), allowNull: false },
      bpmn_process_id: { type: DataTypes.STRING(255), allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false },
      deployed_by_user_id: { type: DataTypes.INTEGER, allowNull: true },
      deployed_at: { type: DataTypes.DATE, allowNull: false },
    });
    await q.addIndex('process_deployments', ['process_definition_key'], { unique: true, name: 'process_deployments_process_definition_key_unique' });
  },
};
