import type { LocalizedText } from '../../contract/reports.js';
import { text } from './localized.js';

/** How a ticket came in (core/tickets/ticket-channel.ts). */
export const CHANNEL_LABELS: Readonly<Record<string, LocalizedText>> = {
  phone: text('تلفن', 'Phone'),
  portal: text('درگاه خدمات', 'Portal'),
  email: text('پست الکترونیک', 'E-mail'),
  voicemail: text('پیام صوتی', 'Voicemail'),
  api: text('سامانه‌های دیگر', 'Other systems'),
  internal: text('داخلی', 'Internal'),
};

/** Where a ticket stands (core/tickets/ticket-status.ts). */
export const STATUS_LABELS: Readonly<Record<string, LocalizedText>> = {
  registered: text('ثبت‌شده', 'Registered'),
  routed: text('در کارتابل', 'In a cartable'),
  inProgress: text('در حال رسیدگی', 'In progress'),
  waitingForInformation: text('در انتظار پاسخ درخواست‌کننده', 'Waiting for the requester'),
  postponed: text('معوق تا تاریخ معین', 'Postponed'),
  resolved: text('حل‌شده، در انتظار نظرسنجی', 'Resolved, awaiting feedback'),
  closed: text('بسته‌شده', 'Closed'),
};

/** What is asked for (core/tickets/request-type.ts). */
export const REQUEST_TYPE_LABELS: Readonly<Record<string, LocalizedText>> = {
  incident: text('رخداد', 'Incident'),
  serviceRequest: text('درخواست خدمت', 'Service request'),
  information: text('اطلاعات و راهنمایی', 'Information'),
  documentation: text('مستندسازی', 'Documentation'),
  change: text('تغییر', 'Change'),
};

/** Why a ticket was closed (core/tickets/close-reason.ts). */
export const CLOSE_REASON_LABELS: Readonly<Record<string, LocalizedText>> = {
  satisfied: text('رضایت درخواست‌کننده', 'Requester satisfied'),
  noFeedback: text('بدون پاسخ به نظرسنجی', 'No feedback'),
  notSurveyed: text('بدون نظرسنجی', 'Not surveyed'),
  cancelled: text('انصراف', 'Cancelled'),
  duplicate: text('تکراری', 'Duplicate'),
};

export const NO_UNIT = text('بیرون از سازمان', 'Outside the organization');
export const NO_CATEGORY = text('بدون دسته', 'No category');
export const UNKNOWN = text('نامشخص', 'Unknown');
export const YES = text('بله', 'Yes');
export const NO = text('خیر', 'No');

/** A label for a code of a known set, or the code itself in both languages. */
export function labelOf(labels: Readonly<Record<string, LocalizedText>>, code: string): LocalizedText {
  return labels[code] ?? text(code, code);
}
