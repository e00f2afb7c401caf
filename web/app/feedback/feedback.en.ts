import type { MessagesOf } from '../core/i18n/messages-of';
import type { feedbackFa } from './feedback.fa';

/** Messages of the feedback feature in English. */
export const feedbackEn: MessagesOf<typeof feedbackFa> = {
  'feedback.title': 'Feedback',
  'feedback.heading': 'Feedback on resolved requests',
  'feedback.lead': 'Call the requester and record how satisfied they are with the handling.',
  'feedback.backToCartable': 'Back to the cartable',
  'feedback.loading': 'Loading…',
  'feedback.empty': 'No request is awaiting feedback.',
  'feedback.count': '{count} requests awaiting feedback',
  'feedback.requester': 'Requester',
  'feedback.phone': 'Phone',
  'feedback.resolvedAt': 'Resolved',
  'feedback.attempts': 'Unanswered calls',
  'feedback.resolution': 'Resolution',
  'feedback.score': 'Satisfaction',
  'feedback.score.1': 'Very dissatisfied',
  'feedback.score.2': 'Dissatisfied',
  'feedback.score.3': 'Neutral',
  'feedback.score.4': 'Satisfied',
  'feedback.score.5': 'Very satisfied',
  'feedback.score.required': 'Choose a satisfaction, or press “No answer”.',
  'feedback.comment': 'Requester’s comment',
  'feedback.record': 'Record feedback',
  'feedback.noAnswer': 'No answer',
  'feedback.done.closed': 'Feedback on {code} recorded; the request is closed.',
  'feedback.done.rework': 'Feedback on {code} recorded; the request went back for rework.',
  'feedback.done.noAnswer': 'An unanswered call for {code} recorded.',
  'feedback.pages': 'Pages',
  'feedback.previous': 'Previous',
  'feedback.next': 'Next',
};
