import { eventFrames } from './event-frames.js';
import type { Pbx } from './pbx.js';
import type { SimChannel } from './sim-channel.js';

/**
 * How a hangup starts, which decides the ChannelHangupRequest Asterisk publishes:
 * `ari` (DELETE: soft hangup, `cause` 32 is the softhangup flag), `remote` (SIP BYE: no cause),
 * `queued` (the other half of a Local pair went away), `silent` (end of dialplan, failed dial).
 */
export type HangupRequest =
  | { readonly kind: 'ari'; readonly cause: number }
  | { readonly kind: 'remote' }
  | { readonly kind: 'queued'; readonly cause: number }
  | { readonly kind: 'silent'; readonly cause: number };

const softHangupExplicit = 32;

/** Tears channels down in the order the transcripts show. */
export class Hangups {
  constructor(private readonly pbx: Pbx) {}

  hangUp(channel: SimChannel, request: HangupRequest): void {
    if (channel.hangingUp || channel.destroyed) return;
    channel.hangingUp = true;
    channel.hangupCause = request.kind === 'remote' ? 16 : request.cause;
    if ((request.kind === 'ari' || request.kind === 'remote') && channel.hasRtp && channel.state === 'Up') {
      this.#publishRtpStatistics(channel);
    }
    if (request.kind === 'ari') {
      this.pbx.emitFor(channel, (ts, json) => eventFrames.channelHangupRequest(ts, json, { cause: softHangupExplicit, soft: true }));
    } else if (request.kind === 'remote') {
      this.pbx.emitFor(channel, (ts, json) => eventFrames.channelHangupRequest(ts, json, {}));
    } else if (request.kind === 'queued') {
      this.pbx.emitFor(channel, (ts, json) => eventFrames.channelHangupRequest(ts, json, { cause: request.cause }));
    }
    this.#tearDown(channel, request.kind !== 'silent');
  }

  #tearDown(channel: SimChannel, requested: boolean): void {
    this.pbx.originator.abandon(channel, requested);
    this.pbx.media.endAllOn({ kind: 'channel', id: channel.id });
    this.pbx.recorder.endOn({ kind: 'channel', id: channel.id }, 'done');
    if (channel.bridgeId !== undefined) this.pbx.bridging.leave(channel, { moving: false });
    this.pbx.leaveStasis(channel);
    this.pbx.dialplan.stop(channel);

    const peer = channel.localPeer;
    const peerRemains = peer !== undefined && !peer.hangingUp && !peer.destroyed;
    if (peerRemains) {
      this.pbx.emitFor(peer, (ts, json) => eventFrames.channelHangupRequest(ts, json, { cause: channel.hangupCause }));
    }
    this.destroy(channel);
    if (peerRemains) this.#afterPeerGone(peer, channel.hangupCause);
  }

  /** The surviving half of a Local pair notices its peer's hangup and goes too. */
  #afterPeerGone(channel: SimChannel, cause: number): void {
    channel.hangingUp = true;
    channel.hangupCause = cause;
    if (channel.dialplan.app_name === 'Playback') this.pbx.setVariable(channel, 'PLAYBACKSTATUS', 'SUCCESS');
    this.pbx.emitFor(channel, (ts, json) => eventFrames.channelHangupRequest(ts, json, { cause, soft: true }));
    this.pbx.originator.abandon(channel, true);
    this.pbx.media.endAllOn({ kind: 'channel', id: channel.id });
    this.pbx.recorder.endOn({ kind: 'channel', id: channel.id }, 'done');
    if (channel.bridgeId !== undefined) this.pbx.bridging.leave(channel, { moving: false });
    this.pbx.leaveStasis(channel);
    this.pbx.dialplan.stop(channel);
    this.destroy(channel);
  }

  /** ChannelDestroyed; an originated channel shows the dialling app again, others an empty app. */
  destroy(channel: SimChannel): void {
    if (channel.destroyed) return;
    channel.destroyed = true;
    channel.dialplan =
      channel.origin === 'originated' && channel.continuedTo === undefined
        ? { ...channel.dialplan, priority: 1, app_name: 'AppDial2', app_data: '(Outgoing Line)' }
        : { ...channel.dialplan, app_name: '', app_data: '' };
    this.pbx.emitFor(channel, (ts, json) => eventFrames.channelDestroyed(ts, json, channel.hangupCause));
    this.pbx.channels.delete(channel.id);
    this.pbx.apps.forgetChannel(channel.id);
    this.pbx.bridging.releaseLingering(channel);
  }

  /** The RTCP summary chan_pjsip stores on hangup, with the *BRIDGED copies on a two-party bridge peer. */
  #publishRtpStatistics(channel: SimChannel): void {
    const peer = this.pbx.bridging.soleBridgePeer(channel);
    for (const [name, value] of channel.sendsAudio ? rtpStatistics : silentRtpStatistics) {
      this.pbx.setVariable(channel, name, value);
      if (peer !== undefined) this.pbx.setVariable(peer, `${name}BRIDGED`, value);
    }
  }
}

const rtpStatistics: readonly (readonly [string, string])[] = [
  ['RTPAUDIOQOS', 'ssrc=1753968020;themssrc=3739283087;lp=0;rxjitter=0.000000;rxcount=120;txjitter=0.000250;txcount=255;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887'],
  ['RTPAUDIOQOSJITTER', 'minrxjitter=000.000000;maxrxjitter=000.000500;avgrxjitter=000.000213;stdevrxjitter=000.000102;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;'],
  ['RTPAUDIOQOSLOSS', '  minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;'],
  ['RTPAUDIOQOSRTT', '     minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;'],
  ['RTPAUDIOQOSMES', '   minrxmes=088.087887;   maxrxmes=088.087887;   avgrxmes=088.087887;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;'],
];

/** What the recorded REFER test phone, which sent no audio, left behind. */
const silentRtpStatistics: readonly (readonly [string, string])[] = [
  ['RTPAUDIOQOS', 'ssrc=236806968;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000'],
  ['RTPAUDIOQOSJITTER', 'minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;'],
  ['RTPAUDIOQOSLOSS', '  minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;'],
  ['RTPAUDIOQOSRTT', '     minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;'],
  ['RTPAUDIOQOSMES', '   minrxmes=000.000000;   maxrxmes=000.000000;   avgrxmes=000.000000;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;'],
];
