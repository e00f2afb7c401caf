import type { Migration } from './migration.js';
import { engineState } from './20261123-01-engine-state.js';
import { engineOutbox } from './20261123-02-engine-outbox.js';
import { domain } from './20261123-03-domain.js';
import { telephony } from './20261123-20-telephony.js';
import { ticketLifecycle } from './20261123-30-ticket-lifecycle.js';
import { processDeployments } from './20261123-40-process-deployments.js';
import { ticketSearchIndex } from './20261123-50-ticket-search-index.js';
import { cartableColumns } from './20261123-60-cartable-columns.js';
import { cartableIndexes } from './20261123-70-cartable-indexes.js';
import { involvementsByPosition } from './20261123-80-involvements-by-position.js';
import { ticketSearchMerging } from './20261123-90-ticket-search-merging.js';
import { ticketSearchBatches } from './20261123-95-ticket-search-batches.js';
import { redundantIndexes } from './20261123-96-redundant-indexes.js';
import { ticketSearchCrisisMerge } from './20261123-97-ticket-search-crisis-merge.js';
import { ticketSearchThread } from './20261124-10-ticket-search-thread.js';

export type { Migration, MigrationContext } from './migration.js';

/** Every migration, oldest first. Append new ones; never reorder or edit released ones. */
export const migrations: readonly Migration[] = [engineState, engineOutbox, domain, telephony, ticketLifecycle, processDeployments, ticketSearchIndex, cartableColumns, cartableIndexes, involvementsByPosition, ticketSearchMerging, ticketSearchBatches, redundantIndexes, ticketSearchCrisisMerge, ticketSearchThread];
