import { portalStatusLabel, portalStepLabel, stepText } from './portal-labels';

describe('portal labels', () => {
  it('given known and unknown statuses and steps, when labelled, then each has a message', () => {
    expect(portalStatusLabel('waitingForInformation')).toBe('portal.status.waitingForInformation');
    expect(portalStatusLabel('somethingNew')).toBe('portal.status.other');
    expect(portalStepLabel('resolved')).toBe('portal.step.resolved');
    expect(portalStepLabel('merged')).toBe('portal.step.other');
  });

  it('given a history entry, when its text is read, then the field that kind carries, and nothing for blank or other kinds', () => {
    expect(stepText('informationRequested', { question: 'کدام اتاق؟' })).toBe('کدام اتاق؟');
    expect(stepText('informationProvided', { answer: 'اتاق ۳۰۴' })).toBe('اتاق ۳۰۴');
    expect(stepText('resolved', { resolution: ' ' })).toBeNull();
    expect(stepText('referred', { text: 'x' })).toBeNull();
  });
});
