/** PUT /api/admin/sms-templates/:event/:language */
export interface SmsTemplateInput {
  /** `{trackingCode}`-style placeholders are filled in when the SMS is sent. */
  readonly body: string;
}

export interface SmsTemplate extends SmsTemplateInput {
  readonly id: number;
  /** The event that sends it, e.g. `ticket.registered`, `ticket.escalated`. */
  readonly event: string;
  readonly language: 'fa' | 'en';
  readonly updatedAt: string;
}
