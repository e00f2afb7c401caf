import type { Database } from '../../../database/database.js';

/**
 * Where the recording of the call a ticket was registered during is heard, once the call has one.
 * Whoever may see the ticket may hear it (web/api/telephony/call-recording-file.ts checks again).
 */
export async function callRecordingUrl(db: Database, callId: string | null): Promise<string | null> {
  if (callId === null) return null;
  const [call] = await db.read.all<{ recording_path: string | null }>('SELECT recording_path FROM calls WHERE id = ?', [Number(callId)]);
  return call?.recording_path == null ? null : `/api/telephony/calls/${Number(callId)}/recording`;
}
