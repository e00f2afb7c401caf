import type { Database } from '../../database/database.js';

export interface StartedInstance {
  readonly processInstanceKey: string;
  readonly businessKey: string | undefined;
  /** The outbox command that started it. */
  readonly commandId: string | undefined;
  readonly startedAt: number;
}

/** What Zeebe does not keep about an instance this adapter started: its business key and the command behind it. */
export class InstanceRegistry {
  constructor(private readonly db: Database) {}

  async record(instance: StartedInstance): Promise<void> {
    await this.db.transaction((tx) =>
      tx.sql.all('INSERT INTO engine_zeebe_instances (process_instance_key, business_key, command_id, started_at) VALUES (?, ?, ?, ?)', [
        instance.processInstanceKey,
        instance.businessKey ?? null,
        instance.commandId ?? null,
        instance.startedAt,
      ]),
    );
  }

  async businessKeyOf(processInstanceKey: string): Promise<string | undefined> {
    const rows = await this.db.read.all<{ business_key: string | null }>('SELECT business_key FROM engine_zeebe_instances WHERE process_instance_key = ?', [
      processInstanceKey,
    ]);
    return rows[0]?.business_key ?? undefined;
  }

  /** The instance an outbox command started, if it got that far before a crash. */
  async startedBy(commandId: string): Promise<string | undefined> {
    const rows = await this.db.read.all<{ process_instance_key: string }>('SELECT process_instance_key FROM engine_zeebe_instances WHERE command_id = ?', [commandId]);
    return rows[0]?.process_instance_key;
  }
}
