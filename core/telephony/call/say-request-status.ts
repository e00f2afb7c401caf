import { toJalaliWallClock } from '../../calendar/jalali-wall-clock.js';
import { sayDigits } from '../../speech/say-digits.js';
import { sayJalaliDate } from '../../speech/say-jalali-date.js';
import { OPEN_STATUSES } from '../../tickets/ticket-status.js';
import { FOLLOW_UP_PROMPTS, statusPrompt } from '../telephony-prompts.js';
import type { RequestSummary } from './request-summary.js';

/**
 * «درخواست شما با کد رهگیری ۱ ۲ ۳ … در حال رسیدگی است. ثبت شده در تاریخ بیست و سوم آبان …
 * زمان پیش‌بینی شده برای انجام آن …» Dates are the Jalali dates in `timeZone`.
 */
export function sayRequestStatus(request: RequestSummary, timeZone: string): string[] {
  const date = (instant: Date) => sayJalaliDate(toJalaliWallClock(instant, timeZone));
  const due = request.resolutionDueAt !== null && OPEN_STATUSES.includes(request.status) ? [FOLLOW_UP_PROMPTS.dueOn, ...date(request.resolutionDueAt)] : [];
  return [FOLLOW_UP_PROMPTS.request, ...sayDigits(request.trackingCode), statusPrompt(request.status), FOLLOW_UP_PROMPTS.registeredOn, ...date(request.registeredAt), ...due];
}
