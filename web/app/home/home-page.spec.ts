import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('given the areas, when the home page shows, then each has a card and only the ready ones lack "coming soon"', async () => {
    TestBed.configureTestingModule({ providers: [...provideTestBasics().providers, provideRouter([])] });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const cards = [...(fixture.nativeElement as HTMLElement).querySelectorAll('li.area')];
    expect(cards).toHaveLength(8);
    const status = cards.find((card) => card.querySelector('a')!.getAttribute('href') === '/status')!;
    expect(status.querySelector('.pk-badge')!.textContent?.trim()).toBe('آماده');
    expect(cards.filter((card) => card.querySelector('.pk-badge')!.textContent?.trim() === 'به‌زودی')).toHaveLength(7);
  });
});
