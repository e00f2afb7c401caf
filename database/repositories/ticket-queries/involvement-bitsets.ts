import type { SqlExecutor } from '../../database.js';

/** Position sets remembered per database; a set of a busy desk costs a bit per ticket (125 kB a million). */
const MAX_SETS = 64;

interface Bitset {
  bits: Uint8Array;
  /** The highest `ticket_involvements` rowid read into it. */
  lastRowid: number;
}

const caches = new WeakMap<SqlExecutor, Map<string, Bitset>>();

function set(bitset: Bitset, id: number): void {
  const byte = id >> 3;
  if (byte >= bitset.bits.length) {
    const grown = new Uint8Array(Math.max(byte + 1, bitset.bits.length * 2));
    grown.set(bitset.bits);
    bitset.bits = grown;
  }
  bitset.bits[byte]! |= 1 << (id & 7);
}

/**
 * The tickets any of these positions has ever held (`ticket_involvements`), as a test by ticket id,
 * for SQLite searches by staff (search-tickets.ts). Involvements are only ever added, and with one
 * writer their rowids grow in commit order: a set read once is brought up to date by reading the
 * rows after the last one it holds, from the position index. Reading a busy desk's 180 000
 * involvements afresh on every search cost more than the search itself.
 */
export async function involvedTickets(read: SqlExecutor, positionIds: readonly number[]): Promise<(ticketId: number) => boolean> {
  let cache = caches.get(read);
  if (!cache) caches.set(read, (cache = new Map()));
  const key = [...new Set(positionIds)].sort((a, b) => a - b).join(',');
  let bitset = cache.get(key);
  if (bitset) cache.delete(key);
  else bitset = { bits: new Uint8Array(1024), lastRowid: 0 };
  cache.set(key, bitset);
  if (cache.size > MAX_SETS) cache.delete(cache.keys().next().value!);
  // One row of text, not a row per involvement: a busy desk's first search reads 180 000 of them,
  // from the (position, ticket) index alone; later ones the few rows after the last one read.
  const positions = `position_id IN (${positionIds.map(() => '?').join(', ')})`;
  const [row] = await read.all<{ ids: string | null; last: number | null }>(
    `SELECT group_concat(ticket_id, ',') AS ids, MAX(rowid) AS last FROM ticket_involvements WHERE ${positions}${bitset.lastRowid > 0 ? ' AND rowid > ?' : ''}`,
    bitset.lastRowid > 0 ? [...positionIds, bitset.lastRowid] : positionIds,
  );
  if (row?.ids) for (const id of row.ids.split(',')) set(bitset, Number(id));
  if (row?.last !== null && row?.last !== undefined) bitset.lastRowid = Math.max(bitset.lastRowid, Number(row.last));
  const current = bitset;
  return (ticketId) => ((current.bits[ticketId >> 3] ?? 0) & (1 << (ticketId & 7))) !== 0;
}
