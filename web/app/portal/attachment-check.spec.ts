import { attachmentProblem, MAX_ATTACHMENT_MB } from './attachment-check';

describe('attachmentProblem', () => {
  it('given a screenshot within the limit, when checked, then it may go', () => {
    expect(attachmentProblem({ name: 'خطا.PNG', size: 300_000 })).toBeNull();
  });

  it('given a file over the limit, when checked, then too large, naming the limit', () => {
    expect(attachmentProblem({ name: 'log.zip', size: MAX_ATTACHMENT_MB * 1024 * 1024 + 1 })).toEqual({ kind: 'tooLarge', max: MAX_ATTACHMENT_MB });
  });

  it('given a program or a name without extension, when checked, then the type is refused', () => {
    expect(attachmentProblem({ name: 'setup.exe', size: 10 })).toEqual({ kind: 'type' });
    expect(attachmentProblem({ name: 'README', size: 10 })).toEqual({ kind: 'type' });
  });
});
