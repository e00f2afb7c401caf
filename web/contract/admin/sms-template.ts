/** PUT /api/admin/sms-templates/:event/:language */
export interface SmsTemplateInput {
  /** `{{trackingCode}}`-style placeholders, from the event's `placeholders`, are filled in when the SMS is sent. */
  readonly body: string;
}

export interface SmsTemplate extends SmsTemplateInput {
  /** The event that sends it: `ticket.registered`, `ticket.escalated.new`… */
  readonly event: string;
  readonly language: 'fa' | 'en';
  /** The placeholders this event's template may use. */
  readonly placeholders: readonly string[];
  /** Whether the text is still the one Pishkhan ships with (POST …/reset brings it back). */
  readonly isDefault: boolean;
  /** ISO instant; null for a default text never stored. */
  readonly updatedAt: string | null;
}
