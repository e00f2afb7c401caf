/**
 * The outside world of the benchmark, in its own process so that what is measured is the telephony
 * process alone: the ARI double (at real speed, prompts as long as the recorded ones), the callers
 * (through the IVR: support › hardware and network, then talking for a while) and the operators'
 * phones (answering after a ring). Reports when each operator answered, taken from the StasisStart
 * of the operator's channel, which the double writes the moment the phone answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AriDouble } from '../../telephony/ari-double/ari-double.js';
import type { SentFrame } from '../../telephony/ari-double/pbx/pbx.js';
import { IVR_PROMPTS } from '../../core/telephony/telephony-prompts.js';

interface RunRequest {
  readonly kind: 'run';
  readonly callerNumbers: readonly string[];
  readonly rampMs: number;
  readonly talkMs: number;
  readonly ringMs: number;
}

const operatorCount = Number(process.argv[2]);
const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../telephony/prompts/fa/prompts.json'), 'utf8')) as { name: string; durationMs: number }[];
const send = (message: unknown) => process.send?.(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const double = await AriDouble.start({
  speed: 1,
  sounds: manifest.map((prompt) => ({ id: `pishkhan/${prompt.name}`, durationMs: prompt.durationMs, formats: [{ language: 'fa', format: 'slin' }] })),
});
const answered = new Map<string, (at: number) => void>();
const frames = double.sentFrames as SentFrame[];
const push = frames.push.bind(frames);
frames.push = (...items: SentFrame[]) => {
  for (const item of items) {
    // The operator's phone answered: the double hands its channel to Stasis in the same instant.
    if (!item.frame.startsWith('{"type":"StasisStart"') || !item.frame.includes('"args":["operator"')) continue;
    const at = Date.now();
    const number = (JSON.parse(item.frame) as { channel?: { caller?: { number?: string } } }).channel?.caller?.number ?? '';
    answered.get(number)?.(at);
  }
  return push(...items);
};

/** Whether the caller hears this prompt within the time; a caller who does not, gives up. */
async function hears(channelId: string, prompt: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const channel = double.channel(channelId);
    if (channel === undefined) return false;
    if (channel.playing === `sound:pishkhan/${prompt}`) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

type Outcome = 'ok' | 'notInStasis' | 'noMenu' | 'noOperator' | 'notBridged';

async function caller(number: string, request: RunRequest): Promise<Outcome> {
  const operatorAnswered = new Promise<number>((resolve) => answered.set(number, resolve));
  const call = double.placeCall({ to: '1500', callerNumber: number });
  if (!call.enteredStasis) return 'notInStasis';
  const giveUp = (outcome: Outcome) => {
    answered.delete(number);
    if (double.channel(call.channelId) !== undefined) double.hangUpFromRemote(call.channelId);
    return outcome;
  };
  // The caller knows the menu: keys are pressed as soon as each menu starts.
  if (!(await hears(call.channelId, IVR_PROMPTS.mainMenu, 15_000))) return giveUp('noMenu');
  await double.pressDigits(call.channelId, '1', { durationMs: 120, gapMs: 0 });
  if (!(await hears(call.channelId, IVR_PROMPTS.supportMenu, 15_000))) return giveUp('noMenu');
  await double.pressDigits(call.channelId, '3', { durationMs: 120, gapMs: 0 });
  const at = await Promise.race([operatorAnswered, sleep(60_000).then(() => undefined)]);
  if (at === undefined) return giveUp('noOperator');
  answered.delete(number);
  send({ kind: 'answered', callerNumber: number, at });
  await sleep(request.talkMs);
  const bridged = double.channel(call.channelId)?.bridgeId !== undefined;
  if (double.channel(call.channelId) !== undefined) double.hangUpFromRemote(call.channelId);
  return bridged ? 'ok' : 'notBridged';
}

process.on('message', (message: RunRequest | { kind: 'stop' }) => {
  if (message.kind === 'stop') {
    void double.stop().finally(() => process.exit(0));
    return;
  }
  for (let index = 1; index <= operatorCount; index++) double.setEndpoint(`op${index}`, { state: 'online', behaviour: { kind: 'answer', afterMs: message.ringMs } });
  const startUsage = process.cpuUsage();
  const gap = message.rampMs / Math.max(1, message.callerNumbers.length);
  void Promise.all(
    message.callerNumbers.map(async (number, index) => {
      await sleep(index * gap);
      const outcome = await caller(number, message).catch((): Outcome => 'notBridged');
      send({ kind: 'finished', callerNumber: number, ok: outcome === 'ok', outcome });
    }),
  ).then(() => {
    const usage = process.cpuUsage(startUsage);
    send({ kind: 'done', restCalls: double.restCalls.length, frames: frames.length, cpuMicros: usage.user + usage.system });
  });
});

send({ kind: 'ready', url: double.url });
