import { hangupCauseText } from '../hangup-cause.js';
import type { BridgeJson, ChannelJson, EventBody, LiveRecordingJson, PlaybackJson } from './ari-json.js';

/**
 * Builders for every event the double sends, writing keys in the order Asterisk 23 does (taken from the
 * recorded frames; e.g. ChannelVarset and ChannelHangupRequest put their own fields before `type`).
 */
export const eventFrames = {
  channelVarset: (timestamp: string, channel: ChannelJson, variable: string, value: string): EventBody => ({
    variable,
    value,
    type: 'ChannelVarset',
    timestamp,
    channel,
  }),

  /** A soft hangup (ARI DELETE: `cause` is the softhangup flag 32) or a queued one; a SIP BYE has neither. */
  channelHangupRequest: (timestamp: string, channel: ChannelJson, request: { cause?: number; soft?: boolean }): EventBody => ({
    ...(request.cause === undefined ? {} : { cause: request.cause }),
    ...(request.soft === true ? { soft: true } : {}),
    type: 'ChannelHangupRequest',
    timestamp,
    channel,
  }),

  channelDestroyed: (timestamp: string, channel: ChannelJson, cause: number): EventBody => ({
    type: 'ChannelDestroyed',
    timestamp,
    cause,
    cause_txt: hangupCauseText(cause),
    channel,
  }),

  channelOnly: (type: 'ChannelStateChange' | 'ChannelConnectedLine' | 'StasisEnd' | 'ChannelUnhold' | 'ChannelCreated', timestamp: string, channel: ChannelJson): EventBody => ({
    type,
    timestamp,
    channel,
  }),

  channelCallerId: (timestamp: string, channel: ChannelJson): EventBody => ({
    type: 'ChannelCallerId',
    timestamp,
    caller_presentation: 0,
    caller_presentation_txt: 'Presentation Allowed, Not Screened',
    channel,
  }),

  channelDialplan: (timestamp: string, channel: ChannelJson): EventBody => ({
    type: 'ChannelDialplan',
    timestamp,
    dialplan_app: channel.dialplan.app_name,
    dialplan_app_data: channel.dialplan.app_data,
    channel,
  }),

  channelDtmfReceived: (timestamp: string, channel: ChannelJson, digit: string, durationMs: number): EventBody => ({
    type: 'ChannelDtmfReceived',
    timestamp,
    digit,
    duration_ms: durationMs,
    channel,
  }),

  channelHold: (timestamp: string, channel: ChannelJson, musicclass: string | undefined): EventBody => ({
    type: 'ChannelHold',
    timestamp,
    musicclass: musicclass ?? 'N/A',
    channel,
  }),

  stasisStart: (timestamp: string, channel: ChannelJson, args: string[]): EventBody => ({
    type: 'StasisStart',
    timestamp,
    args,
    channel,
  }),

  dial: (timestamp: string, peer: ChannelJson, dialstring: string, dialstatus: string): EventBody => ({
    type: 'Dial',
    timestamp,
    dialstatus,
    forward: '',
    dialstring,
    peer,
  }),

  channelBridge: (type: 'ChannelEnteredBridge' | 'ChannelLeftBridge', timestamp: string, bridge: BridgeJson, channel: ChannelJson): EventBody => ({
    type,
    timestamp,
    bridge,
    channel,
  }),

  bridgeOnly: (type: 'BridgeCreated' | 'BridgeDestroyed', timestamp: string, bridge: BridgeJson): EventBody => ({
    type,
    timestamp,
    bridge,
  }),

  playback: (timestamp: string, playback: PlaybackJson): EventBody => ({
    type: playback.state === 'playing' ? 'PlaybackStarted' : playback.state === 'continuing' ? 'PlaybackContinuing' : 'PlaybackFinished',
    timestamp,
    playback,
  }),

  recording: (timestamp: string, recording: LiveRecordingJson): EventBody => ({
    type: recording.state === 'recording' ? 'RecordingStarted' : recording.state === 'failed' ? 'RecordingFailed' : 'RecordingFinished',
    timestamp,
    recording,
  }),

  channelTransfer: (timestamp: string, referTo: Record<string, unknown>, referredBy: Record<string, unknown>, state: string | undefined): EventBody => ({
    type: 'ChannelTransfer',
    timestamp,
    refer_to: referTo,
    referred_by: referredBy,
    ...(state === undefined ? {} : { state }),
  }),

  applicationReplaced: (timestamp: string): EventBody => ({ type: 'ApplicationReplaced', timestamp }),
};
