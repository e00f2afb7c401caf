/** The ARI objects and events telephony code consumes, as plain JSON from the events WebSocket. */
export interface AriCallerId {
  readonly name: string;
  readonly number: string;
}

export interface AriChannel {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly protocol_id: string;
  readonly caller: AriCallerId;
  readonly connected: AriCallerId;
  readonly accountcode: string;
  readonly dialplan: { readonly context: string; readonly exten: string; readonly priority: number; readonly app_name: string; readonly app_data: string };
  readonly creationtime: string;
  readonly language: string;
}

export interface AriBridge {
  readonly id: string;
  readonly technology: string;
  readonly bridge_type: string;
  readonly bridge_class: string;
  readonly creator: string;
  readonly name: string;
  readonly channels: readonly string[];
  readonly creationtime: string;
  readonly video_mode: string;
}

export interface AriPlayback {
  readonly id: string;
  readonly media_uri: string;
  readonly next_media_uri?: string;
  readonly target_uri: string;
  readonly language: string;
  readonly state: string;
}

export interface AriLiveRecording {
  readonly name: string;
  readonly format: string;
  readonly state: string;
  readonly target_uri: string;
  readonly duration?: number;
  readonly talking_duration?: number;
  readonly silence_duration?: number;
  readonly cause?: string;
}

interface AriEventBase {
  readonly timestamp: string;
  readonly application: string;
  readonly asterisk_id?: string;
}

type ChannelEvent<T extends string> = AriEventBase & { readonly type: T; readonly channel: AriChannel };

/** Events by type; only the fields telephony code reads are typed, the frames carry more. */
export interface AriEventMap {
  StasisStart: ChannelEvent<'StasisStart'> & { readonly args: readonly string[]; readonly replace_channel?: AriChannel };
  StasisEnd: ChannelEvent<'StasisEnd'>;
  ChannelStateChange: ChannelEvent<'ChannelStateChange'>;
  ChannelDtmfReceived: ChannelEvent<'ChannelDtmfReceived'> & { readonly digit: string; readonly duration_ms: number };
  /** `cause` 32 with `soft` for an ARI hangup, no cause at all for a SIP BYE. */
  ChannelHangupRequest: ChannelEvent<'ChannelHangupRequest'> & { readonly cause?: number; readonly soft?: boolean };
  ChannelDestroyed: ChannelEvent<'ChannelDestroyed'> & { readonly cause: number; readonly cause_txt: string };
  ChannelVarset: AriEventBase & { readonly type: 'ChannelVarset'; readonly variable: string; readonly value: string; readonly channel?: AriChannel };
  ChannelHold: ChannelEvent<'ChannelHold'> & { readonly musicclass?: string };
  ChannelUnhold: ChannelEvent<'ChannelUnhold'>;
  ChannelEnteredBridge: ChannelEvent<'ChannelEnteredBridge'> & { readonly bridge: AriBridge };
  ChannelLeftBridge: ChannelEvent<'ChannelLeftBridge'> & { readonly bridge: AriBridge };
  BridgeDestroyed: AriEventBase & { readonly type: 'BridgeDestroyed'; readonly bridge: AriBridge };
  Dial: AriEventBase & { readonly type: 'Dial'; readonly dialstatus: string; readonly dialstring?: string; readonly peer: AriChannel; readonly caller?: AriChannel };
  PlaybackStarted: AriEventBase & { readonly type: 'PlaybackStarted'; readonly playback: AriPlayback };
  PlaybackContinuing: AriEventBase & { readonly type: 'PlaybackContinuing'; readonly playback: AriPlayback };
  /** State `done` also when the playback was stopped, `failed` when the media could not be played. */
  PlaybackFinished: AriEventBase & { readonly type: 'PlaybackFinished'; readonly playback: AriPlayback };
  RecordingStarted: AriEventBase & { readonly type: 'RecordingStarted'; readonly recording: AriLiveRecording };
  RecordingFinished: AriEventBase & { readonly type: 'RecordingFinished'; readonly recording: AriLiveRecording };
  RecordingFailed: AriEventBase & { readonly type: 'RecordingFailed'; readonly recording: AriLiveRecording };
  ChannelTransfer: AriEventBase & { readonly type: 'ChannelTransfer'; readonly state?: string; readonly refer_to: Record<string, unknown>; readonly referred_by: Record<string, unknown> };
  ApplicationReplaced: AriEventBase & { readonly type: 'ApplicationReplaced' };
}

export type AriEventType = keyof AriEventMap;

/** Any frame, typed or not. */
export type AnyAriEvent = AriEventBase & { readonly type: string } & Readonly<Record<string, unknown>>;
