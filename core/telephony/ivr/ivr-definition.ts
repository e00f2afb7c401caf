/** A key of the phone pad. */
export const DTMF_KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;
export type DtmfKey = (typeof DTMF_KEYS)[number];

/** Recorded prompt names played one after the other (`ivr/welcome`, `number/4`). */
export type PromptList = readonly string[];

/** What a key of a menu does. */
export type MenuAction =
  | { readonly kind: 'menu'; readonly menuId: string }
  /** Waits for an operator of the queue; the category is what a voicemail left from there is filed under. */
  | { readonly kind: 'queue'; readonly queueId: string }
  | { readonly kind: 'followUp' }
  /** Plays a recorded tutorial, then offers the same menu again; any key cuts it short. */
  | { readonly kind: 'tutorial'; readonly prompts: PromptList }
  | { readonly kind: 'voicemail'; readonly categoryCode: string | null }
  | { readonly kind: 'repeat' }
  | { readonly kind: 'hangup' };

export interface IvrMenu {
  readonly id: string;
  readonly prompts: PromptList;
  readonly options: Readonly<Partial<Record<DtmfKey, MenuAction>>>;
}

/** An ACD queue: a section of the service desk that operators log in to. */
export interface QueueDefinition {
  readonly id: string;
  readonly name: { readonly fa: string; readonly en: string };
  /** Category (code) of the ticket a caller who gives up on this queue leaves by voicemail. */
  readonly categoryCode: string | null;
  /** How long an operator's phone rings before the call is offered to the next operator. */
  readonly ringTimeoutMs: number;
  /** The caller hears their position and the estimated wait this often. */
  readonly announceEveryMs: number;
  /** After this long in the queue the caller is offered voicemail. */
  readonly maxWaitMs: number;
  /** When set, a call waiting this long (or arriving while nobody is logged in) moves to the least busy of these queues. */
  readonly overflow: { readonly afterMs: number; readonly toQueueIds: readonly string[] } | null;
  /** Time after a call before the operator gets the next one (notes, registering the ticket). */
  readonly wrapUpMs: number;
}

/**
 * The whole call flow of the contact center as data: menus, queues, timeouts, after-hours and the
 * treatment of unknown callers. Stored versioned; the administrator edits a copy and activates it.
 */
export interface IvrDefinition {
  readonly welcomePrompts: PromptList;
  readonly mainMenuId: string;
  readonly menus: readonly IvrMenu[];
  readonly queues: readonly QueueDefinition[];
  readonly input: {
    /** Silence after a prompt before it counts as no input. */
    readonly firstDigitTimeoutMs: number;
    /** Silence between the keys of a code before what was keyed is taken. */
    readonly interDigitTimeoutMs: number;
    /** Prompts given per question: a wrong key or silence re-prompts until this many. */
    readonly maxAttempts: number;
    /** What happens when a menu's attempts run out. */
    readonly onExhausted: MenuAction;
  };
  /** Outside the business calendar's working time. */
  readonly afterHours: { readonly enabled: boolean; readonly prompts: PromptList; readonly then: 'voicemail' | 'hangup' };
  /** Callers whose number matches no person or contract. */
  readonly unknownCallers: { readonly treatment: 'askPersonnelCode' | 'generalQueue'; readonly generalQueueId: string; readonly personnelCodeMaxDigits: number };
  readonly voicemail: { readonly maxSeconds: number };
  /** Talk time assumed for the wait estimate until real calls have been measured. */
  readonly defaultHandleMs: number;
  /** An operator who lets this many offered calls in a row ring out is paused (0: never). */
  readonly autoPauseAfterMisses: number;
}
