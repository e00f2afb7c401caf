import { createHash } from 'node:crypto';
import type { Database, SqlExecutor } from '../../../database/database.js';
import type { DeployedProcess, DeploymentResource, ProcessDefinitionInfo } from '../../process-engine.js';
import { EngineNotFoundError } from '../../engine-errors.js';
import { compileDefinitions } from '../model/compile-definitions.js';
import type { ProcessModel } from '../model/process-model.js';
import type { DeployedModel, ModelSource } from '../runtime/runtime-context.js';
import type { DbRow } from '../state/row-mapping.js';
import { limitClause } from '../state/sql-batch.js';
import type { UnitOfWork } from '../state/unit-of-work.js';

interface StoredDefinition {
  readonly key: number;
  readonly bpmnProcessId: string;
  readonly version: number;
  readonly deploymentKey: number;
  readonly resourceName: string;
  readonly checksum: string;
}

const toStored = (row: DbRow): StoredDefinition => ({
  key: Number(row.id),
  bpmnProcessId: String(row.bpmn_process_id),
  version: Number(row.version),
  deploymentKey: Number(row.deployment_key),
  resourceName: String(row.resource_name),
  checksum: String(row.checksum),
});

export interface NewVersion {
  readonly deployed: DeployedModel;
  /** The version it replaces as the latest, whose start timers and subscriptions must go. */
  readonly previousKey: number | undefined;
}

/**
 * Deployed process definitions: their XML in the database, compiled models cached in memory by
 * definition key (a compiled model belongs to a version, never to an instance).
 */
export class DefinitionStore implements ModelSource {
  private readonly compiled = new Map<number, Promise<DeployedModel>>();

  constructor(private readonly db: Database) {}

  /** Compiles the resources (rejecting unsupported models) and stores each changed process as a new version. */
  async deploy(sql: SqlExecutor, resources: readonly DeploymentResource[], deploymentKey: number, nextKey: () => number, now: number): Promise<{ results: DeployedProcess[]; created: NewVersion[] }> {
    const results: DeployedProcess[] = [];
    const created: NewVersion[] = [];
    const compiledResources = await Promise.all(resources.map(async (resource) => ({ resource, models: await compileDefinitions(resource.name, resource.content) })));
    for (const { resource, models } of compiledResources) {
      const checksum = createHash('sha256').update(resource.content).digest('hex');
      for (const model of models) {
        const latest = await this.latestRow(sql, model.bpmnProcessId);
        if (latest && latest.checksum === checksum) {
          results.push({ bpmnProcessId: model.bpmnProcessId, version: latest.version, processDefinitionKey: String(latest.key), resourceName: latest.resourceName });
          continue;
        }
        const key = nextKey();
        const version = (latest?.version ?? 0) + 1;
        await sql.all(
          'INSERT INTO engine_definitions (id, bpmn_process_id, version, name, resource_name, checksum, xml, deployment_key, deployed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [key, model.bpmnProcessId, version, model.name ?? null, resource.name, checksum, resource.content, deploymentKey, now],
        );
        const deployed: DeployedModel = { definitionKey: key, version, deploymentKey, model };
        this.compiled.set(key, Promise.resolve(deployed));
        created.push({ deployed, previousKey: latest?.key });
        results.push({ bpmnProcessId: model.bpmnProcessId, version, processDefinitionKey: String(key), resourceName: resource.name });
      }
    }
    return { results, created };
  }

  private async latestRow(sql: SqlExecutor, bpmnProcessId: string): Promise<StoredDefinition | undefined> {
    const [row] = await sql.all<DbRow>(
      `SELECT id, bpmn_process_id, version, deployment_key, resource_name, checksum FROM engine_definitions WHERE bpmn_process_id = ? ORDER BY version DESC${limitClause(sql.dialect, 1)}`,
      [bpmnProcessId],
    );
    return row ? toStored(row) : undefined;
  }

  byKey(definitionKey: number): Promise<DeployedModel> {
    let model = this.compiled.get(definitionKey);
    if (!model) {
      model = this.compile(definitionKey);
      this.compiled.set(definitionKey, model);
      model.catch(() => this.compiled.delete(definitionKey));
    }
    return model;
  }

  private async compile(definitionKey: number): Promise<DeployedModel> {
    const [row] = await this.db.read.all<DbRow>('SELECT * FROM engine_definitions WHERE id = ?', [definitionKey]);
    if (!row) throw new EngineNotFoundError('process definition', String(definitionKey));
    const models: ProcessModel[] = await compileDefinitions(String(row.resource_name), String(row.xml));
    const model = models.find((candidate) => candidate.bpmnProcessId === String(row.bpmn_process_id));
    if (!model) throw new Error(`definition ${definitionKey} no longer contains process ${String(row.bpmn_process_id)}`);
    return { definitionKey, version: Number(row.version), deploymentKey: Number(row.deployment_key), model };
  }

  async latest(bpmnProcessId: string, uow: UnitOfWork | { sql: SqlExecutor }): Promise<DeployedModel | undefined> {
    const row = await this.latestRow(uow.sql, bpmnProcessId);
    return row ? this.byKey(row.key) : undefined;
  }

  async version(bpmnProcessId: string, version: number, sql: SqlExecutor): Promise<DeployedModel | undefined> {
    const [row] = await sql.all<DbRow>('SELECT id FROM engine_definitions WHERE bpmn_process_id = ? AND version = ?', [bpmnProcessId, version]);
    return row ? this.byKey(Number(row.id)) : undefined;
  }

  async inDeployment(bpmnProcessId: string, deploymentKey: number, uow: UnitOfWork): Promise<DeployedModel | undefined> {
    const [row] = await uow.sql.all<DbRow>('SELECT id FROM engine_definitions WHERE bpmn_process_id = ? AND deployment_key = ?', [bpmnProcessId, deploymentKey]);
    return row ? this.byKey(Number(row.id)) : undefined;
  }

  async list(bpmnProcessId?: string): Promise<ProcessDefinitionInfo[]> {
    const rows = await this.db.read.all<DbRow>(
      `SELECT id, bpmn_process_id, version, name, resource_name, deployed_at FROM engine_definitions${bpmnProcessId ? ' WHERE bpmn_process_id = ?' : ''} ORDER BY bpmn_process_id, version`,
      bpmnProcessId ? [bpmnProcessId] : [],
    );
    return rows.map((row) => ({
      bpmnProcessId: String(row.bpmn_process_id),
      version: Number(row.version),
      processDefinitionKey: String(row.id),
      resourceName: String(row.resource_name),
      name: row.name === null || row.name === undefined ? undefined : String(row.name),
      deployedAt: new Date(Number(row.deployed_at)),
    }));
  }

  async xml(definitionKey: number): Promise<string> {
    const [row] = await this.db.read.all<DbRow>('SELECT xml FROM engine_definitions WHERE id = ?', [definitionKey]);
    if (!row) throw new EngineNotFoundError('process definition', String(definitionKey));
    return String(row.xml);
  }
}
