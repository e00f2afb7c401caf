import { DataTypes } from 'sequelize';
import type { Migration } from './migration.js';

const time = { type: DataTypes.BIGINT, allowNull: false };
// Zeebe keys are int64 and exceed 2^53 from the fourth partition on, so they are kept as text.
const zeebeKey = { type: DataTypes.STRING(32), allowNull: false };

/**
 * What the Zeebe adapter keeps beside the cluster: commands written in a caller's transaction and
 * sent once it has committed (the transactional outbox), and the two facts Zeebe does not store
 * (a process instance's business key, a definition's deployment time).
 */
export const engineOutbox: Migration = {
  name: '20261123-02-engine-outbox',
  async up({ queryInterface: q }) {
    await q.createTable('engine_outbox', {
      id: { type: DataTypes.STRING(36), allowNull: false, primaryKey: true },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      payload: { type: DataTypes.TEXT, allowNull: false },
      created_at: time,
      // Orders the commands of one process written in the same millisecond.
      ordinal: { type: DataTypes.INTEGER, allowNull: false },
      // PENDING (to be sent) or FAILED (rejected by the engine for good; kept for an operator)
      state: { type: DataTypes.STRING(16), allowNull: false },
      // The sender that holds the row until claimed_until; another sender may take it afterwards.
      claim: { type: DataTypes.STRING(36), allowNull: true },
      claimed_until: time,
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      last_error: { type: DataTypes.TEXT, allowNull: true },
    });
    await q.addIndex('engine_outbox', ['state', 'claimed_until'], { name: 'engine_outbox_state_claimed' });
    await q.addIndex('engine_outbox', ['claim'], { name: 'engine_outbox_claim' });

    await q.createTable('engine_zeebe_instances', {
      process_instance_key: { ...zeebeKey, primaryKey: true },
      business_key: { type: DataTypes.STRING(255), allowNull: true },
      // The outbox command that started the instance, so that a resend does not start a second one.
      command_id: { type: DataTypes.STRING(36), allowNull: true },
      started_at: time,
    });
    await q.addIndex('engine_zeebe_instances', ['business_key'], { name: 'engine_zeebe_instances_business_key' });
    await q.addIndex('engine_zeebe_instances', ['command_id'], { name: 'engine_zeebe_instances_command' });

    await q.createTable('engine_zeebe_definitions', {
      definition_key: { ...zeebeKey, primaryKey: true },
      deployed_at: time,
    });
  },
};
