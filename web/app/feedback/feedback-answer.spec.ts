import { feedbackAnswer } from './feedback-answer';

describe('feedbackAnswer', () => {
  it('given a score and a comment, when read, then the comment is trimmed', () => {
    expect(feedbackAnswer({ score: 2, comment: '  هنوز کند است ' })).toEqual({ kind: 'answered', score: 2, comment: 'هنوز کند است' });
  });

  it('given a blank comment, when read, then no comment', () => {
    expect(feedbackAnswer({ score: 5, comment: '   ' })).toEqual({ kind: 'answered', score: 5, comment: null });
  });

  it('given no score or one out of range, when read, then nothing to record', () => {
    expect(feedbackAnswer({ score: null, comment: 'x' })).toBeNull();
    expect(feedbackAnswer({ score: 0, comment: '' })).toBeNull();
    expect(feedbackAnswer({ score: 6, comment: '' })).toBeNull();
  });
});
