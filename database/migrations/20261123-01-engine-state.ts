import { DataTypes } from 'sequelize';
import type { Migration } from './migration.js';

const key = { type: DataTypes.BIGINT, allowNull: false };
const optionalKey = { type: DataTypes.BIGINT, allowNull: true };
const time = { type: DataTypes.BIGINT, allowNull: false };
const optionalTime = { type: DataTypes.BIGINT, allowNull: true };
const id = { type: DataTypes.STRING(255), allowNull: false };
const optionalId = { type: DataTypes.STRING(255), allowNull: true };
const text = { type: DataTypes.TEXT, allowNull: true };

/**
 * The embedded process engine's state as rows: what each waiting instance is made of. Keys are
 * engine-generated 53-bit integers; times are epoch milliseconds.
 */
export const engineState: Migration = {
  name: '20261123-01-engine-state',
  async up({ queryInterface: q }) {
    await q.createTable('engine_definitions', {
      key: { ...key, primaryKey: true },
      bpmn_process_id: id,
      version: { type: DataTypes.INTEGER, allowNull: false },
      name: optionalId,
      resource_name: id,
      checksum: { type: DataTypes.STRING(64), allowNull: false },
      xml: { type: DataTypes.TEXT, allowNull: false },
      deployed_at: time,
    });
    await q.addIndex('engine_definitions', ['bpmn_process_id', 'version'], { unique: true, name: 'engine_definitions_process_version' });

    await q.createTable('engine_process_instances', {
      key: { ...key, primaryKey: true },
      definition_key: key,
      bpmn_process_id: id,
      version: { type: DataTypes.INTEGER, allowNull: false },
      business_key: optionalId,
      state: { type: DataTypes.STRING(16), allowNull: false },
      parent_instance_key: optionalKey,
      parent_element_instance_key: optionalKey,
      started_at: time,
      ended_at: optionalTime,
    });
    await q.addIndex('engine_process_instances', ['business_key'], { name: 'engine_process_instances_business_key' });
    await q.addIndex('engine_process_instances', ['bpmn_process_id', 'state'], { name: 'engine_process_instances_process_state' });
    await q.addIndex('engine_process_instances', ['definition_key', 'state'], { name: 'engine_process_instances_definition_state' });

    // Only element instances that outlive a command are stored: containers and wait states.
    await q.createTable('engine_element_instances', {
      key: { ...key, primaryKey: true },
      instance_key: key,
      element_id: id,
      element_type: { type: DataTypes.STRING(40), allowNull: false },
      flow_scope_key: optionalKey,
      state: { type: DataTypes.STRING(16), allowNull: false },
      data: text,
      activated_at: time,
    });
    await q.addIndex('engine_element_instances', ['instance_key'], { name: 'engine_element_instances_instance' });

    await q.createTable('engine_variables', {
      scope_key: { ...key, primaryKey: true },
      name: { ...id, primaryKey: true },
      instance_key: key,
      value: { type: DataTypes.TEXT, allowNull: false },
    });
    await q.addIndex('engine_variables', ['instance_key'], { name: 'engine_variables_instance' });

    await q.createTable('engine_jobs', {
      key: { ...key, primaryKey: true },
      type: id,
      instance_key: key,
      element_instance_key: key,
      element_id: id,
      bpmn_process_id: id,
      definition_key: key,
      retries: { type: DataTypes.INTEGER, allowNull: false },
      // ACTIVATABLE (waiting for a worker, not before due_at), ACTIVATED (a handler has it until deadline_at), FAILED (out of retries: an incident)
      state: { type: DataTypes.STRING(16), allowNull: false },
      headers: text,
      due_at: time,
      deadline_at: optionalTime,
      activation: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      error_message: text,
      created_at: time,
    });
    await q.addIndex('engine_jobs', ['state', 'type', 'due_at'], { name: 'engine_jobs_state_type_due' });
    await q.addIndex('engine_jobs', ['element_instance_key'], { name: 'engine_jobs_element_instance' });

    await q.createTable('engine_timers', {
      key: { ...key, primaryKey: true },
      instance_key: optionalKey,
      // The element instance the timer belongs to (the activity of a boundary timer, the scope of an
      // event sub-process), empty for timer start events.
      element_instance_key: optionalKey,
      element_id: id,
      definition_key: key,
      due_at: time,
      // Remaining repetitions of a cycle, -1 for unbounded.
      repetitions: { type: DataTypes.INTEGER, allowNull: false },
      cycle: text,
      created_at: time,
    });
    await q.addIndex('engine_timers', ['due_at'], { name: 'engine_timers_due' });
    await q.addIndex('engine_timers', ['element_instance_key'], { name: 'engine_timers_element_instance' });
    await q.addIndex('engine_timers', ['instance_key'], { name: 'engine_timers_instance' });

    await q.createTable('engine_message_subscriptions', {
      key: { ...key, primaryKey: true },
      message_name: id,
      // Empty for message start events.
      correlation_key: optionalId,
      instance_key: optionalKey,
      element_instance_key: optionalKey,
      element_id: id,
      definition_key: key,
      bpmn_process_id: id,
      interrupting: { type: DataTypes.BOOLEAN, allowNull: false },
      opened_at: time,
    });
    await q.addIndex('engine_message_subscriptions', ['message_name', 'correlation_key'], { name: 'engine_message_subscriptions_name_key' });
    await q.addIndex('engine_message_subscriptions', ['element_instance_key'], { name: 'engine_message_subscriptions_element_instance' });
    await q.addIndex('engine_message_subscriptions', ['instance_key'], { name: 'engine_message_subscriptions_instance' });

    // Published messages that wait for a subscription until they expire.
    await q.createTable('engine_messages', {
      key: { ...key, primaryKey: true },
      name: id,
      correlation_key: { type: DataTypes.STRING(255), allowNull: false, defaultValue: '' },
      message_id: optionalId,
      variables: text,
      expires_at: time,
      published_at: time,
    });
    await q.addIndex('engine_messages', ['name', 'correlation_key'], { name: 'engine_messages_name_key' });
    await q.addIndex('engine_messages', ['expires_at'], { name: 'engine_messages_expires' });

    // A buffered message reaches each process (by BPMN process id) at most once.
    await q.createTable('engine_message_correlations', {
      message_key: { ...key, primaryKey: true },
      bpmn_process_id: { ...id, primaryKey: true },
      instance_key: key,
    });

    // A message start event starts one instance per correlation key while that instance is active.
    await q.createTable('engine_message_start_locks', {
      bpmn_process_id: { ...id, primaryKey: true },
      correlation_key: { ...id, primaryKey: true },
      instance_key: key,
    });

    await q.createTable('engine_user_tasks', {
      key: { ...key, primaryKey: true },
      instance_key: key,
      element_instance_key: key,
      element_id: id,
      bpmn_process_id: id,
      definition_key: key,
      name: optionalId,
      assignee: optionalId,
      candidate_groups: text,
      candidate_users: text,
      due_date: optionalId,
      follow_up_date: optionalId,
      form_key: optionalId,
      priority: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 50 },
      headers: text,
      created_at: time,
    });
    await q.addIndex('engine_user_tasks', ['instance_key'], { name: 'engine_user_tasks_instance' });
    await q.addIndex('engine_user_tasks', ['element_instance_key'], { name: 'engine_user_tasks_element_instance' });
    await q.addIndex('engine_user_tasks', ['assignee'], { name: 'engine_user_tasks_assignee' });

    // One row per candidate group or user, so that a cartable is an indexed lookup.
    await q.createTable('engine_user_task_candidates', {
      task_key: { ...key, primaryKey: true },
      kind: { type: DataTypes.STRING(1), allowNull: false, primaryKey: true },
      candidate: { ...id, primaryKey: true },
    });
    await q.addIndex('engine_user_task_candidates', ['candidate', 'kind'], { name: 'engine_user_task_candidates_candidate' });

    await q.createTable('engine_incidents', {
      key: { ...key, primaryKey: true },
      instance_key: key,
      element_instance_key: key,
      element_id: id,
      bpmn_process_id: id,
      job_key: optionalKey,
      type: { type: DataTypes.STRING(32), allowNull: false },
      message: text,
      state: { type: DataTypes.STRING(16), allowNull: false },
      created_at: time,
      resolved_at: optionalTime,
    });
    await q.addIndex('engine_incidents', ['state', 'instance_key'], { name: 'engine_incidents_state_instance' });
    await q.addIndex('engine_incidents', ['element_instance_key'], { name: 'engine_incidents_element_instance' });

    await q.createTable('engine_history', {
      key: { ...key, primaryKey: true },
      instance_key: key,
      kind: { type: DataTypes.STRING(24), allowNull: false },
      element_instance_key: optionalKey,
      element_id: optionalId,
      element_type: { type: DataTypes.STRING(40), allowNull: true },
      at: time,
      actor: optionalId,
      variables: text,
      detail: text,
    });
    await q.addIndex('engine_history', ['instance_key', 'key'], { name: 'engine_history_instance' });
  },
};
