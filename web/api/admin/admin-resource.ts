import type { z } from 'zod';
import type { Principal } from '../../../core/access/principal.js';
import type { Database, Tx } from '../../../database/database.js';
import type { Models } from '../../../database/models/index.js';

/** What a create, update or delete of an administered entity works with: one transaction. */
export interface AdminWrite {
  readonly tx: Tx;
  readonly models: Models;
  readonly now: Date;
  readonly principal: Principal;
  /** `{ transaction }` for model calls. */
  readonly options: { readonly transaction: Tx['transaction'] };
}

/** A row elsewhere that refers to the entity and keeps it from being deleted. */
export interface Reference {
  readonly table: string;
  readonly column: string;
}

/**
 * An entity the admin maintains through list / read / create / update / delete endpoints under
 * `/api/admin/<path>`: every change runs in one transaction with its audit row (before and after).
 * `create` and `update` validate their input against the database and throw ValidationError naming
 * the field.
 */
export interface AdminResource<Input, Dto, Query = undefined, List = Dto[]> {
  /** `org-units` → /api/admin/org-units */
  readonly path: string;
  /** The audit log's `entity`. */
  readonly entity: string;
  /** For the API document: `org unit`. */
  readonly noun: string;
  readonly input: z.ZodType<Input>;
  /** Rows that keep an entity from being deleted (its children included). */
  readonly references: readonly Reference[];
  /** Anything else that keeps it from being deleted (a setting naming it). */
  inUse?(write: AdminWrite, id: number): Promise<boolean>;
  /** Filters and paging of the list, when it has any. */
  readonly listQuery?: z.ZodType<Query>;
  list(db: Database, query: Query): Promise<List>;
  read(models: Models, id: number, tx?: Tx): Promise<Dto | undefined>;
  create(write: AdminWrite, input: Input): Promise<number>;
  update(write: AdminWrite, id: number, input: Input): Promise<void>;
  remove(write: AdminWrite, id: number): Promise<void>;
}
