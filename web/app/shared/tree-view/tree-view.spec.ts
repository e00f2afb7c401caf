import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../../core/i18n/i18n';
import { provideTestBasics } from '../../test-support/provide-test-basics';
import { TreeView } from './tree-view';
import type { TreeViewNode } from './tree-view-node';

const nodes: TreeViewNode[] = [
  { key: 'it', parentKey: null, label: 'فناوری اطلاعات' },
  { key: 'net', parentKey: 'it', label: 'شبکه' },
  { key: 'vpn', parentKey: 'net', label: 'VPN' },
  { key: 'desk', parentKey: 'it', label: 'پشتیبانی رومیزی' },
  { key: 'fin', parentKey: null, label: 'مالی', muted: true },
];

@Component({
  imports: [TreeView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pk-tree-view label="واحدها" [nodes]="nodes" [(selected)]="selected" [filter]="filter()" />`,
})
class Host {
  readonly nodes = nodes;
  readonly selected = signal<string | null>(null);
  readonly filter = signal('');
}

async function render(language: 'fa' | 'en' = 'fa') {
  TestBed.configureTestingModule({ providers: provideTestBasics({ language }).providers });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const labels = () => [...element.querySelectorAll('[role="treeitem"]')].map((item) => item.querySelector('.label')!.textContent);
  const focused = () => (document.activeElement as HTMLElement | null)?.dataset['key'];
  const press = async (key: string) => {
    (document.activeElement ?? element.querySelector('[role="tree"]'))!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await fixture.whenStable();
  };
  return { fixture, element, labels, focused, press, host: fixture.componentInstance };
}

describe('TreeView', () => {
  it('given nodes, when shown, then the top level is open, with levels, set sizes and one tab stop', async () => {
    const { element, labels } = await render();
    expect(labels()).toEqual(['فناوری اطلاعات', 'شبکه', 'پشتیبانی رومیزی', 'مالی']);
    const items = [...element.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(items.map((item) => item.getAttribute('aria-level'))).toEqual(['1', '2', '2', '1']);
    expect(items[1]!.getAttribute('aria-posinset')).toBe('1');
    expect(items[1]!.getAttribute('aria-setsize')).toBe('2');
    expect(items[1]!.getAttribute('aria-expanded')).toBe('false');
    expect(items.filter((item) => item.tabIndex === 0)).toHaveLength(1);
  });

  it('given Persian (right to left), when the arrow keys are used, then ← opens and enters, → leaves, and Enter selects', async () => {
    const { element, labels, focused, press, host } = await render('fa');
    element.querySelector<HTMLElement>('[data-key="it"]')!.focus();
    await press('ArrowDown');
    expect(focused()).toBe('net');
    await press('ArrowLeft');
    expect(labels()).toContain('VPN');
    await press('ArrowLeft');
    expect(focused()).toBe('vpn');
    await press('Enter');
    expect(host.selected()).toBe('vpn');
    await press('ArrowRight');
    expect(focused()).toBe('net');
    await press('ArrowRight');
    expect(labels()).not.toContain('VPN');
    await press('End');
    expect(focused()).toBe('fin');
    await press('Home');
    expect(focused()).toBe('it');
  });

  it('given English (left to right), when → is pressed on a closed node, then it opens', async () => {
    const { element, labels, press } = await render('en');
    TestBed.inject(I18n);
    element.querySelector<HTMLElement>('[data-key="net"]')!.focus();
    await press('ArrowRight');
    expect(labels()).toContain('VPN');
  });

  it('given a letter, when typed, then focus jumps to the next node starting with it', async () => {
    const { element, focused, press } = await render();
    element.querySelector<HTMLElement>('[data-key="it"]')!.focus();
    await press('م');
    expect(focused()).toBe('fin');
  });

  it('given a filter, when set, then matches show with their ancestors, opened', async () => {
    const { fixture, labels, host } = await render();
    host.filter.set('vpn');
    await fixture.whenStable();
    expect(labels()).toEqual(['فناوری اطلاعات', 'شبکه', 'VPN']);
  });

  it('given a selection from outside, when it lies deep, then its ancestors open', async () => {
    const { fixture, element, host } = await render();
    host.selected.set('vpn');
    await fixture.whenStable();
    expect(element.querySelector('[data-key="vpn"]')!.getAttribute('aria-selected')).toBe('true');
  });
});
