import type { EventEmitter } from 'node:events';
import ari from 'ari-client';
import type { AriDouble } from '../ari-double.js';
import { jsonDifferences, mapIds } from './json-difference.js';
import type { FrameEntry, RecordedTranscript, RestEntry } from './recorded-transcript.js';

export interface ReplayContext {
  readonly double: AriDouble;
  /** Recorded ids that the double could not reproduce (SIP channel ids) → the double's. */
  readonly ids: Map<string, string>;
}

export interface ReplayOptions {
  readonly speed: number;
  /** What the outside world (the SIP phone) does, run just before the recorded frame with this seq is due. */
  readonly remoteActions?: Readonly<Record<number, (context: ReplayContext) => void | Promise<void>>>;
  /** REST entries to leave out (calls the recording made outside ari-client). */
  readonly skip?: (entry: RestEntry) => boolean;
  /**
   * `strict`: frames in exactly the recorded order. `per-channel`: the recorded order within each
   * channel's (or playback's, bridge's) own stream; for recordings where independent channels raced.
   */
  readonly ordering?: 'strict' | 'per-channel';
}

export interface ReplayReport {
  readonly restDifferences: string[];
  readonly frameDifferences: string[];
  readonly expectedFrameTypes: string[];
  readonly sentFrameTypes: string[];
  /** Event types as the real ari-client emitted them. */
  readonly clientEventTypes: string[];
}

/**
 * Replays a transcript against the double: the real ari-client connects and holds the events
 * WebSocket; each recorded REST call is sent again, at its recorded moment (scaled by `speed`) and not
 * before the frames that preceded it have arrived; then every response and frame is compared with the
 * recording.
 */
export async function replayTranscript(double: AriDouble, transcript: RecordedTranscript, options: ReplayOptions): Promise<ReplayReport> {
  const context: ReplayContext = { double, ids: new Map() };
  const client = await ari.connect(double.url, double.username, double.password);
  const clientEventTypes: string[] = [];
  (client as unknown as EventEmitter).on('*', (event: { type: string }) => clientEventTypes.push(event.type));
  const restDifferences: string[] = [];
  const expectedFrames = transcript.entries.filter((e): e is FrameEntry => e.dir === 'ws-in');
  const authorization = `Basic ${Buffer.from(`${double.username}:${double.password}`).toString('base64')}`;
  let firstFrame = 0;
  let startedAt = Date.now();
  let recordedStart = 0;
  let framesSeen = 0;

  const sentSinceStart = () => double.sentFrames.length - firstFrame;
  const dueAt = (t: string) => startedAt + (Date.parse(t) - recordedStart) / options.speed;

  try {
    for (const entry of transcript.entries) {
      if (entry.dir === 'ws-open') {
        firstFrame = double.sentFrames.length;
        await client.start('helpdesk');
        startedAt = Date.now();
        recordedStart = Date.parse(entry.t);
        continue;
      }
      if (entry.dir === 'ws-in') {
        const action = options.remoteActions?.[entry.seq];
        if (action !== undefined) {
          await waitFor(() => sentSinceStart() >= framesSeen, `frames before seq ${entry.seq}`);
          await sleepUntil(dueAt(entry.t));
          await action(context);
        }
        framesSeen += 1;
        continue;
      }
      if (entry.responseBody.kind === 'omitted-api-doc' || options.skip?.(entry) === true) continue;
      await waitFor(() => sentSinceStart() >= framesSeen, `frames before REST seq ${entry.seq}`);
      if (recordedStart !== 0) await sleepUntil(dueAt(entry.t));
      const response = await fetch(`${double.url}${mapIds(entry.path, context.ids)}`, { method: entry.method, headers: { Authorization: authorization } });
      restDifferences.push(...(await compareResponse(entry, response, context.ids)));
    }
    await waitFor(() => sentSinceStart() >= expectedFrames.length, 'the last recorded frames').catch(() => undefined);
  } finally {
    client.stop();
  }

  const sent = double.sentFrames.slice(firstFrame).map((s) => s.frame);
  const frameDifferences = compareFrames(expectedFrames, sent, context.ids, options.ordering ?? 'strict');
  return {
    restDifferences,
    frameDifferences,
    expectedFrameTypes: expectedFrames.map((f) => f.event.type),
    sentFrameTypes: sent.map((frame) => (JSON.parse(frame) as { type: string }).type),
    clientEventTypes,
  };
}

function compareFrames(expected: readonly FrameEntry[], sent: readonly string[], ids: ReadonlyMap<string, string>, ordering: 'strict' | 'per-channel'): string[] {
  const differences: string[] = [];
  const streamOf = (event: unknown) => (ordering === 'strict' ? 'all' : streamKey(event));
  const pending = new Map<string, { index: number; event: unknown }[]>();
  sent.forEach((frame, index) => {
    const event: unknown = JSON.parse(frame);
    const key = streamOf(event);
    pending.set(key, [...(pending.get(key) ?? []), { index, event }]);
  });
  for (const frame of expected) {
    const recorded: unknown = JSON.parse(frame.raw);
    const label = `seq ${frame.seq} ${frame.event.type}`;
    const actual = pending.get(mapIds(streamOf(recorded), ids))?.shift();
    if (actual === undefined) {
      differences.push(`${label}: not sent`);
      continue;
    }
    differences.push(...jsonDifferences(recorded, actual.event, ids).map((d) => `${label} (sent #${actual.index}): ${d}`));
  }
  for (const [key, left] of pending) for (const extra of left) differences.push(`extra frame in stream ${key} (sent #${extra.index}): ${JSON.stringify(extra.event).slice(0, 120)}`);
  return differences;
}

/** The object a frame is about: its channel, else its dialled peer, playback, recording, bridge or REFER source. */
function streamKey(event: unknown): string {
  const e = event as Record<string, { id?: string; name?: string; source_channel?: { id?: string } } | undefined> & { type: string };
  return e.channel?.id ?? e.peer?.id ?? e.playback?.id ?? e.recording?.name ?? e.bridge?.id ?? e.referred_by?.source_channel?.id ?? e.type;
}

async function compareResponse(entry: RestEntry, response: Response, ids: ReadonlyMap<string, string>): Promise<string[]> {
  const label = `${entry.method} ${entry.path} (seq ${entry.seq})`;
  const differences: string[] = [];
  if (response.status !== entry.status) differences.push(`${label}: status ${response.status}, recorded ${entry.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  if (entry.responseBody.kind === 'json') {
    const actual: unknown = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    differences.push(...jsonDifferences(entry.responseBody.json, actual, ids).map((d) => `${label}: ${d}`));
  } else if (entry.responseBody.kind === 'binary') {
    if (response.headers.get('content-type') !== entry.responseBody.contentType) differences.push(`${label}: content type ${response.headers.get('content-type')}`);
    if (body.subarray(0, 4).toString('ascii') !== 'RIFF' || body.subarray(8, 12).toString('ascii') !== 'WAVE') differences.push(`${label}: not a WAV file`);
  } else if (body.length !== 0) {
    differences.push(`${label}: expected no body, got ${body.toString('utf8').slice(0, 100)}`);
  }
  return differences;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function sleepUntil(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
