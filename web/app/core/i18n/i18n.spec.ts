import { ChangeDetectionStrategy, Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { I18n } from './i18n';
import { LANGUAGE_STORAGE_KEY } from './language-storage';
import { LocalDatePipe } from './local-date-pipe';
import { LocalNumberPipe } from './local-number-pipe';
import { RelativeTimePipe } from './relative-time-pipe';
import { TranslatePipe } from './translate-pipe';

@Component({
  imports: [TranslatePipe, LocalDatePipe, LocalNumberPipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'app.name' | translate }}</h1>
    <p class="count">{{ 1234 | localNumber }}</p>
    <p class="date">{{ checkedAt | localDate: 'dateTime' }}</p>
    <p class="ago">{{ checkedAt | relativeTime }}</p>`,
})
class Specimen {
  protected readonly checkedAt = new Date('2026-11-23T09:32:00Z');
}

describe('I18n', () => {
  it('given nothing remembered, when the app starts, then it speaks Persian, right to left', () => {
    const { providers } = provideTestBasics();
    TestBed.configureTestingModule({ providers });
    const i18n = TestBed.inject(I18n);
    const root = TestBed.inject(DOCUMENT).documentElement;
    expect(i18n.language()).toBe('fa');
    expect(root.lang).toBe('fa');
    expect(root.dir).toBe('rtl');
    expect(i18n.translate('app.name')).toBe('پیشخوان');
  });

  it('given English was chosen before, when the app starts, then it speaks English, left to right', () => {
    const { providers } = provideTestBasics({ language: 'en' });
    TestBed.configureTestingModule({ providers });
    TestBed.inject(I18n);
    expect(TestBed.inject(DOCUMENT).documentElement.dir).toBe('ltr');
  });

  it('given Persian, when English is chosen, then the document turns and the choice is remembered', () => {
    const { providers, storage } = provideTestBasics();
    TestBed.configureTestingModule({ providers });
    TestBed.inject(I18n).setLanguage('en');
    const root = TestBed.inject(DOCUMENT).documentElement;
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('given a server key the catalogue lacks, when translated, then there is no message for it', () => {
    const { providers } = provideTestBasics();
    TestBed.configureTestingModule({ providers });
    expect(TestBed.inject(I18n).translateKey('routing.rule.noSuchThing')).toBeUndefined();
    expect(TestBed.inject(I18n).translateKey('common.retry')).toBe('تلاش دوباره');
  });

  it('given a rendered page, when the language is switched, then the pipes rewrite it without a reload', async () => {
    const { providers, clock } = provideTestBasics();
    TestBed.configureTestingModule({ providers });
    const fixture = TestBed.createComponent(Specimen);
    await fixture.whenStable();
    const text = (selector: string) => (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();
    expect(text('h1')).toBe('پیشخوان');
    expect(text('.count')).toBe('۱٬۲۳۴');
    expect(text('.date')).toBe('۲ آذر ۱۴۰۵، ساعت ۱۳:۰۲');
    expect(text('.ago')).toBe('۳ دقیقه پیش');

    clock.advance(60_000);
    await fixture.whenStable();
    expect(text('.ago')).toBe('۴ دقیقه پیش');

    TestBed.inject(I18n).setLanguage('en');
    await fixture.whenStable();
    expect(text('h1')).toBe('Pishkhan');
    expect(text('.count')).toBe('1,234');
    expect(text('.date')).toBe('23 Nov 2026, 13:02');
    expect(text('.ago')).toBe('4 minutes ago');
  });
});
