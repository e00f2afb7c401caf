/** Q.850 causes as Asterisk names them (`main/channel.c`), for `ChannelDestroyed.cause_txt`. */
const causeTexts: Readonly<Record<number, string>> = {
  0: 'Unknown',
  1: 'Unallocated (unassigned) number',
  16: 'Normal Clearing',
  17: 'User busy',
  18: 'No user responding',
  19: 'User alerting, no answer',
  21: 'Call Rejected',
  26: 'Answered elsewhere',
  28: 'Invalid number format',
  31: 'Normal, unspecified',
  34: 'Circuit/channel congestion',
  38: 'Network out of order',
  58: 'Bearer capability not available',
  127: 'Interworking, unspecified',
};

export const hangupCause = {
  normalClearing: 16,
  userBusy: 17,
  noAnswer: 19,
  callRejected: 21,
} as const;

export function hangupCauseText(cause: number): string {
  return causeTexts[cause] ?? 'Unknown';
}

/** The `reason` values of DELETE /channels/{id} (`convert_reason_to_hangup_code`). */
const reasonCodes: Readonly<Record<string, number>> = {
  normal: 16,
  busy: 17,
  congestion: 34,
  no_answer: 19,
  timeout: 18,
  rejected: 21,
  unallocated: 1,
  normal_unspecified: 31,
  number_incomplete: 28,
  codec_mismatch: 58,
  interworking: 127,
  failure: 38,
  answered_elsewhere: 26,
};

export function hangupCauseForReason(reason: string): number | undefined {
  return reasonCodes[reason];
}
