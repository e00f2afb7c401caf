import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RestEntry {
  readonly seq: number;
  readonly t: string;
  readonly dir: 'rest';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly responseContentType?: string;
  readonly responseBody: { readonly kind: string; readonly json?: unknown; readonly contentType?: string };
}

export interface FrameEntry {
  readonly seq: number;
  readonly t: string;
  readonly dir: 'ws-in';
  readonly raw: string;
  readonly event: { readonly type: string } & Record<string, unknown>;
}

export type TranscriptEntry = RestEntry | FrameEntry | { readonly seq: number; readonly t: string; readonly dir: 'ws-open' };

export interface RecordedTranscript {
  readonly mode: string;
  readonly entries: readonly TranscriptEntry[];
  readonly results: Record<string, unknown>;
}

const directory = path.join(import.meta.dirname, '..', 'recorded', 'transcripts');

export function loadTranscript(name: 'ivr' | 'bridge' | 'all' | 'refer' | 'serve' | 'errors'): RecordedTranscript {
  return JSON.parse(readFileSync(path.join(directory, `${name}.json`), 'utf8')) as RecordedTranscript;
}
