import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestBasics } from '../test-support/provide-test-basics';
import { ComingSoonPage } from './coming-soon-page';

describe('ComingSoonPage', () => {
  it('given an unfinished area’s route, when opened, then it names the area and says it is coming', async () => {
    TestBed.configureTestingModule({
      providers: [...provideTestBasics().providers, provideRouter([{ path: 'cartable', component: ComingSoonPage, data: { area: 'cartable' } }], withComponentInputBinding())],
    });
    const harness = await RouterTestingHarness.create('/cartable');
    const element = harness.routeNativeElement!;
    expect(element.querySelector('h1')!.textContent).toBe('کارتابل');
    expect(element.querySelector('.pk-badge')!.textContent).toBe('به‌زودی');
    expect(element.textContent).toContain('بخش «کارتابل» هنوز آماده نیست');
  });
});
