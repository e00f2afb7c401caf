import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { I18n } from '../../core/i18n/i18n';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { JalaliDatePicker } from './jalali-date-picker';

@Component({
  imports: [ReactiveFormsModule, JalaliDatePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pk-jalali-date-picker label="تعویق تا" [formControl]="date" min="2026-11-23" max="2027-05-24" />`,
})
class Host {
  readonly date = new FormControl<string | null>(null);
}

async function render(language: 'fa' | 'en' = 'fa') {
  TestBed.configureTestingModule({ providers: provideTestBasics({ language }).providers });
  const fixture: ComponentFixture<Host> = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector('input')!;
  const query = <T extends Element = HTMLElement>(selector: string) => element.querySelector<T & HTMLElement>(selector);
  const type = async (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const press = async (key: string, options: KeyboardEventInit = {}) => {
    (document.activeElement ?? input).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...options }));
    await fixture.whenStable();
  };
  const openCalendar = async () => {
    query<HTMLButtonElement>('button.toggle')!.click();
    await fixture.whenStable();
  };
  return { fixture, element, input, query, type, press, openCalendar, control: fixture.componentInstance.date };
}

describe('JalaliDatePicker', () => {
  beforeEach(() => document.body.replaceChildren());

  it('given a Jalali date typed in Persian digits, when the field is left, then the form holds the ISO date', async () => {
    const { input, type, control } = await render();
    await type('۱۴۰۵/۰۹/۱۰');
    expect(control.value).toBe('2026-12-01');
    expect(control.valid).toBe(true);
    expect(input.value).toBe('۱۴۰۵/۰۹/۱۰');
  });

  it('given a date that does not exist, when typed, then the form is invalid and the field says why in Persian', async () => {
    const { input, query, type, control } = await render();
    await type('۱۴۰۵/۱۲/۳۰');
    expect(control.value).toBeNull();
    expect(control.errors).toEqual({ date: { problem: 'nonexistent' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(query('.error')!.textContent).toContain('این تاریخ در تقویم وجود ندارد');
    expect(input.value).toBe('۱۴۰۵/۱۲/۳۰');
  });

  it('given gibberish, when typed, then the message shows the expected format with today as the example', async () => {
    const { query, type } = await render();
    await type('فردا');
    expect(query('.error')!.textContent).toContain('۱۴۰۵/۰۹/۰۲');
  });

  it('given a date before the minimum, when typed, then the form reports it and names the minimum', async () => {
    const { query, type, control } = await render();
    await type('1405/09/01');
    expect(control.errors).toEqual({ date: { problem: 'beforeMin' } });
    expect(query('.error')!.textContent).toContain('۱۴۰۵/۰۹/۰۲');
  });

  it('given English, when a value is written, then the field shows it in the Gregorian calendar and follows a language switch', async () => {
    const { fixture, input, control } = await render('en');
    control.setValue('2026-12-01');
    await fixture.whenStable();
    expect(input.value).toBe('2026/12/01');
    TestBed.inject(I18n).setLanguage('fa');
    await fixture.whenStable();
    expect(input.value).toBe('۱۴۰۵/۰۹/۱۰');
  });

  it('given the calendar opened, when it shows, then it is a labelled grid of Azar 1405 starting on Saturday with today focused', async () => {
    const { query, element, openCalendar } = await render();
    await openCalendar();
    expect(query('[role="dialog"]')).not.toBeNull();
    expect(query('.heading')!.textContent).toBe('آذر ۱۴۰۵');
    const headers = [...element.querySelectorAll('th')].map((th) => th.getAttribute('aria-label'));
    expect(headers[0]).toBe('شنبه');
    expect(headers[6]).toBe('جمعه');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-current')).toBe('date');
    expect(focused.getAttribute('aria-label')).toBe('دوشنبه ۲ آذر ۱۴۰۵');
    expect(focused.tabIndex).toBe(0);
    expect(query('[aria-label="یکشنبه ۱ آذر ۱۴۰۵"]')!.getAttribute('aria-disabled')).toBe('true');
  });

  it('given the calendar in Persian, when moved by keys and Enter is pressed, then that day is chosen and focus returns to the button', async () => {
    const { query, press, openCalendar, control } = await render();
    await openCalendar();
    await press('ArrowLeft'); // right to left: the next day, 3 Azar
    await press('ArrowDown'); // 10 Azar
    await press('PageDown'); // 10 Dey
    expect(query('.heading')!.textContent).toBe('دی ۱۴۰۵');
    await press('Home'); // Saturday 5 Dey
    await press('Enter');
    expect(control.value).toBe('2026-12-26');
    expect(query('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(query('button.toggle'));
  });

  it('given the calendar, when keys would go before the minimum, then focus stays on the first allowed day', async () => {
    const { press, openCalendar } = await render();
    await openCalendar();
    await press('PageUp');
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toBe('دوشنبه ۲ آذر ۱۴۰۵');
  });

  it('given the calendar, when Escape is pressed, then it closes without choosing', async () => {
    const { query, press, openCalendar, control } = await render();
    await openCalendar();
    await press('Escape');
    expect(query('[role="dialog"]')).toBeNull();
    expect(control.value).toBeNull();
  });

  it('given a disabled control, when rendered, then neither the field nor the calendar can be used', async () => {
    const { fixture, input, query, control } = await render();
    control.disable();
    await fixture.whenStable();
    expect(input.disabled).toBe(true);
    expect(query<HTMLButtonElement>('button.toggle')!.disabled).toBe(true);
  });
});
