import { DataTypes } from 'sequelize';
import type { Migration } from './migration.js';

const key = { type: DataTypes.BIGINT, allowNull: false };
const optionalKey = { type: DataTypes.BIGINT, allowNull: true };
const time = { type: DataTypes.BIGINT, allowNull: false };
const optionalTime = { type: DataTypes.BIGINT, allowNull: true };
const identifier = { type: DataTypes.STRING(255), allowNull: false };
const optionalIdentifier = { type: DataTypes.STRING(255), allowNull: true };
const text = { type: DataTypes.TEXT, allowNull: true };

/**
 * The embedded process engine's state as rows: what each waiting instance is made of. Keys are
 * engine-generated 53-bit integers in the `id` columns (KEY is reserved in SQL Server); times are
 * epoch milliseconds.
 */
export const engineState: Migration = {
  name: '20261123-01-engine-state',
  async up({ queryInterface: q }) {
    await q.createTable('engine_definitions', {
      id: { ...key, primaryKey: true },
      bpmn_process_id: identifier,
      version: { type: DataTypes.INTEGER, allowNull: false },
      name: optionalIdentifier,
      resource_name: identifier,
      checksum: { type: DataTypes.STRING(64), allowNull: false },
      xml: { type: DataTypes.TEXT, allowNull: false },
      // The deploy call that created it, for call activities bound to the same deployment.
      deployment_key: key,
      deployed_at: time,
    });
    await q.addIndex('engine_definitions', ['bpmn_process_id', 'version'], { unique: true, name: 'engine_definitions_process_version' });

    await q.createTable('engine_process_instances', {
      id: { ...key, primaryKey: true },
      definition_key: key,
      bpmn_process_id: identifier,
      version: { type: DataTypes.INTEGER, allowNull: false },
      business_key: optionalIdentifier,
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
      id: { ...key, primaryKey: true },
      instance_key: key,
      element_id: identifier,
      element_type: { type: DataTypes.STRING(40), allowNull: false },
      flow_scope_key: optionalKey,
      state: { type: DataTypes.STRING(16), allowNull: false },
      data: text,
      activated_at: time,
    });
    await q.addIndex('engine_element_instances', ['instance_key'], { name: 'engine_element_instances_instance' });

    await q.createTable('engine_variables', {
      scope_key: { ...key, primaryKey: true },
      name: { ...identifier, primaryKey: true },
      instance_key: key,
      value: { type: DataTypes.TEXT, allowNull: false },
    });
    await q.addIndex('engine_variables', ['instance_key'], { name: 'engine_variables_instance' });

    await q.createTable('engine_jobs', {
      id: { ...key, primaryKey: true },
      type: identifier,
      instance_key: key,
      element_instance_key: key,
      element_id: identifier,
      bpmn_process_id: identifier,
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
      id: { ...key, primaryKey: true },
      instance_key: optionalKey,
      // The element instance the timer belongs to (the activity of a boundary timer, the scope of an
      // event sub-process), empty for timer start events.
      element_instance_key: optionalKey,
      element_id: identifier,
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
      id: { ...key, primaryKey: true },
      message_name: identifier,
      // Empty for message start events.
      correlation_key: optionalIdentifier,
      instance_key: optionalKey,
      element_instance_key: optionalKey,
      element_id: identifier,
      definition_key: key,
      bpmn_process_id: identifier,
      interrupting: { type: DataTypes.BOOLEAN, allowNull: false },
      opened_at: time,
    });
    await q.addIndex('engine_message_subscriptions', ['message_name', 'correlation_key'], { name: 'engine_message_subscriptions_name_key' });
    await q.addIndex('engine_message_subscriptions', ['element_instance_key'], { name: 'engine_message_subscriptions_element_instance' });
    await q.addIndex('engine_message_subscriptions', ['instance_key'], { name: 'engine_message_subscriptions_instance' });

    // Published messages that wait for a subscription until they expire.
    await q.createTable('engine_messages', {
      id: { ...key, primaryKey: true },
      name: identifier,
      correlation_key: { type: DataTypes.STRING(255), allowNull: false, defaultValue: '' },
      message_id: optionalIdentifier,
      variables: text,
      expires_at: time,
      published_at: time,
    });
    await q.addIndex('engine_messages', ['name', 'correlation_key'], { name: 'engine_messages_name_key' });
    await q.addIndex('engine_messages', ['expires_at'], { name: 'engine_messages_expires' });

    // A buffered message reaches each process (by BPMN process id) at most once.
    await q.createTable('engine_message_correlations', {
      message_key: { ...key, primaryKey: true },
      bpmn_process_id: { ...identifier, primaryKey: true },
      instance_key: key,
    });

    // A message start event starts one instance per correlation key while that instance is active.
    await q.createTable('engine_message_start_locks', {
      bpmn_process_id: { ...identifier, primaryKey: true },
      correlation_key: { ...identifier, primaryKey: true },
      instance_key: key,
    });

    await q.createTable('engine_user_tasks', {
      id: { ...key, primaryKey: true },
      instance_key: key,
      element_instance_key: key,
      element_id: identifier,
      bpmn_process_id: identifier,
      definition_key: key,
      name: optionalIdentifier,
      assignee: optionalIdentifier,
      candidate_groups: text,
      candidate_users: text,
      due_date: optionalIdentifier,
      follow_up_date: optionalIdentifier,
      form_key: optionalIdentifier,
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
      candidate: { ...identifier, primaryKey: true },
    });
    await q.addIndex('engine_user_task_candidates', ['candidate', 'kind'], { name: 'engine_user_task_candidates_candidate' });

    await q.createTable('engine_incidents', {
      id: { ...key, primaryKey: true },
      instance_key: key,
      element_instance_key: key,
      element_id: identifier,
      bpmn_process_id: identifier,
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
      id: { ...key, primaryKey: true },
      instance_key: key,
      kind: { type: DataTypes.STRING(24), allowNull: false },
      element_instance_key: optionalKey,
      element_id: optionalIdentifier,
      element_type: { type: DataTypes.STRING(40), allowNull: true },
      at: time,
      actor: optionalIdentifier,
      variables: text,
      detail: text,
    });
    await q.addIndex('engine_history', ['instance_key', 'id'], { name: 'engine_history_instance' });
  },
};
