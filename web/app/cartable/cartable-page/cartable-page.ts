import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CartableCounts, CartablePage as CartableTabPage, CartableSummary, CartableTab, PriorityBadge } from '../../../contract/cartable';
import type { CatalogueResponse } from '../../../contract/catalogue';
import type { LiveTicketChanged } from '../../../contract/live-events';
import type { TicketSearchPage } from '../../../contract/ticket-search';
import { AuthService } from '../../core/auth/auth-service';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Clock } from '../../core/time/clock';
import { LiveEvents } from '../../tickets/live-events';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { localName } from '../../shared/local-name/local-name';
import { walkTree } from '../../shared/tree/walk-tree';
import { CartableApi, type CartableFilters } from '../cartable-api';
import { debounce } from '../debounce';
import { slaState } from '../sla-state';
import { treePath } from '../tree-path';

type Loaded<T> = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly value: T } | { readonly kind: 'failed'; readonly error: unknown };

const TABS: readonly CartableTab[] = ['new', 'inProgress', 'postponed', 'overdue', 'resolved'];
const TAB_LABELS: Readonly<Record<CartableTab, MessageId>> = {
  new: 'cartable.tab.new',
  inProgress: 'cartable.tab.inProgress',
  postponed: 'cartable.tab.postponed',
  overdue: 'cartable.tab.overdue',
  resolved: 'cartable.tab.resolved',
};
const PAGE_SIZE = 25;
/** Events come in bursts (a referral to three positions is three events): refetch once after a quiet moment. */
const LIVE_DEBOUNCE_MS = 400;

const optionalNumber = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : numberAttribute(value, undefined));
const isTab = (value: unknown): value is CartableTab => typeof value === 'string' && (TABS as readonly string[]).includes(value);

/**
 * The cartables of the positions the user holds (and, for supervisors, those below): one chosen
 * from a list with counts, its tabs with live counts, filters by category and location, paging and a
 * search over every ticket the user may see. Position, tab, filters, page and search live in the
 * address. Changes pushed on /api/events refetch what is on screen, without a reload.
 */
@Component({
  selector: 'pk-cartable-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, LocalNumberPipe, ReactiveFormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cartable-page.html',
  styleUrl: './cartable-page.css',
})
export class CartablePage {
  readonly position = input(undefined, { transform: optionalNumber });
  readonly tab = input<CartableTab, unknown>('new', { transform: (value: unknown) => (isTab(value) ? value : 'new') });
  readonly categoryId = input(undefined, { transform: optionalNumber });
  readonly locationId = input(undefined, { transform: optionalNumber });
  readonly page = input(1, { transform: (value: unknown) => optionalNumber(value) ?? 1 });
  readonly q = input<string>();

  private readonly api = inject(CartableApi);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  protected readonly i18n = inject(I18n);
  private readonly auth = inject(AuthService);
  protected readonly isFeedbackAgent = computed(() => this.auth.roles().has('feedbackAgent'));

  protected readonly tabs = TABS;
  protected readonly tabLabels = TAB_LABELS;
  protected readonly positions = signal<Loaded<readonly CartableSummary[]>>({ kind: 'loading' });
  protected readonly listing = signal<Loaded<CartableTabPage> | null>(null);
  protected readonly searchResults = signal<Loaded<TicketSearchPage> | null>(null);
  private readonly catalogue = signal<CatalogueResponse | null>(null);
  /** Said to screen readers when a pushed change brought new rows. */
  protected readonly liveNotice = signal('');

  protected readonly filters = new FormGroup({
    categoryId: new FormControl<number | null>(null),
    locationId: new FormControl<number | null>(null),
  });
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true }) });

  /** The positions as a tree: held ones first at the top, those below indented. */
  protected readonly positionTree = computed(() => {
    const positions = this.positions();
    return positions.kind === 'loaded' ? walkTree(positions.value.map((position) => ({ ...position, id: position.positionId })), () => 0) : [];
  });
  protected readonly selectedPositionId = computed(() => {
    const positions = this.positions();
    if (positions.kind !== 'loaded' || positions.value.length === 0) return undefined;
    const wanted = this.position();
    if (wanted !== undefined && positions.value.some((position) => position.positionId === wanted)) return wanted;
    return (positions.value.find((position) => position.held) ?? positions.value[0]!).positionId;
  });
  protected readonly selectedPosition = computed(() => {
    const positions = this.positions();
    return positions.kind === 'loaded' ? positions.value.find((position) => position.positionId === this.selectedPositionId()) : undefined;
  });
  protected readonly counts = computed<CartableCounts | undefined>(() => {
    const listing = this.listing();
    return listing?.kind === 'loaded' ? listing.value.counts : this.selectedPosition()?.counts;
  });
  protected readonly pages = computed(() => {
    const listing = this.listing();
    return listing?.kind === 'loaded' ? Math.max(1, Math.ceil(listing.value.total / listing.value.pageSize)) : 1;
  });
  protected readonly categoryOptions = computed(() => {
    const catalogue = this.catalogue();
    if (catalogue === null) return [];
    const byId = new Map(catalogue.categories.map((category) => [category.id, category]));
    return walkTree(catalogue.categories, () => 0).map(({ item }) => ({ id: item.id, label: treePath(byId, item.id, this.i18n.language()) ?? '' }));
  });
  protected readonly locationOptions = computed(() => {
    const catalogue = this.catalogue();
    if (catalogue === null) return [];
    return walkTree(catalogue.locations, () => 0).map(({ item, depth }) => ({ id: item.id, label: `${'\u00a0\u00a0'.repeat(depth)}${localName(item, this.i18n.language())}` }));
  });
  private readonly categoriesById = computed(() => new Map((this.catalogue()?.categories ?? []).map((category) => [category.id, category])));

  private readonly refreshLive = debounce(() => void this.reload(true), LIVE_DEBOUNCE_MS);

  constructor() {
    void this.api.catalogue().then(
      (catalogue) => this.catalogue.set(catalogue),
      // Paths and filters help; without the catalogue the cartable still works.
      () => this.catalogue.set({ categories: [], locations: [] }),
    );
    effect(() => {
      const filters = this.currentFilters();
      untracked(() => {
        this.filters.setValue({ categoryId: filters.categoryId ?? null, locationId: filters.locationId ?? null }, { emitEvent: false });
        void this.loadPositions(filters);
      });
    });
    effect(() => {
      const positionId = this.selectedPositionId();
      const tab = this.tab();
      const page = this.page();
      const filters = this.currentFilters();
      untracked(() => {
        if (positionId !== undefined) void this.loadTab(positionId, tab, filters, page, false);
      });
    });
    effect(() => {
      const q = (this.q() ?? '').trim();
      const page = this.page();
      untracked(() => {
        this.searchForm.setValue({ q }, { emitEvent: false });
        if (q === '') this.searchResults.set(null);
        else void this.loadSearch(q, page);
      });
    });
    const live = inject(LiveEvents);
    live.listen('ticket.changed', (change) => this.ticketChanged(change as LiveTicketChanged));
    // Nothing is replayed after a reconnection: refetch.
    live.listen('ready', () => this.refreshLive());
    inject(DestroyRef).onDestroy(() => this.refreshLive.cancel());
  }

  private currentFilters(): CartableFilters {
    const categoryId = this.categoryId();
    const locationId = this.locationId();
    return { ...(categoryId === undefined ? {} : { categoryId }), ...(locationId === undefined ? {} : { locationId }) };
  }

  protected positionTitle(position: CartableSummary): string {
    return localName(position, this.i18n.language());
  }

  protected openCount(counts: CartableCounts): number {
    return counts.new + counts.inProgress + counts.postponed + counts.overdue;
  }

  protected categoryPath(categoryId: number | null): string | null {
    return treePath(this.categoriesById(), categoryId, this.i18n.language());
  }

  protected priorityName(priority: PriorityBadge): string {
    return this.i18n.language() === 'en' && priority.nameEn.trim() !== '' ? priority.nameEn : priority.nameFa;
  }

  protected sla(ticket: Parameters<typeof slaState>[0]) {
    this.clock.ticks();
    return slaState(ticket, this.clock.now());
  }

  protected selectTab(tab: CartableTab): void {
    void this.router.navigate([], { queryParams: { tab: tab === 'new' ? null : tab, page: null }, queryParamsHandling: 'merge' });
  }

  /** Arrow keys move between tabs, as the tabs pattern expects. */
  protected moveTab(event: KeyboardEvent, tab: CartableTab): void {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const edge = { Home: 0, End: TABS.length - 1 }[event.key];
    if (step === undefined && edge === undefined) return;
    event.preventDefault();
    // In right-to-left, the arrow pointing right goes to the previous tab.
    const direction = this.i18n.language() === 'fa' ? -1 : 1;
    const index = edge ?? (TABS.indexOf(tab) + step! * direction + TABS.length) % TABS.length;
    const next = TABS[index]!;
    this.selectTab(next);
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  }

  protected applyFilters(): void {
    const value = this.filters.getRawValue();
    void this.router.navigate([], { queryParams: { categoryId: value.categoryId, locationId: value.locationId, page: null }, queryParamsHandling: 'merge' });
  }

  protected search(): void {
    const q = this.searchForm.getRawValue().q.trim();
    void this.router.navigate([], { queryParams: { q: q === '' ? null : q, page: null }, queryParamsHandling: 'merge' });
  }

  protected clearSearch(): void {
    void this.router.navigate([], { queryParams: { q: null, page: null }, queryParamsHandling: 'merge' });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { page: page === 1 ? null : page }, queryParamsHandling: 'merge' });
  }

  private ticketChanged(change: LiveTicketChanged): void {
    // Events come only for tickets the user may see; any of them may change a count in the list.
    if (change.positionIds.length > 0 || (this.q() ?? '') !== '') this.refreshLive();
  }

  private async reload(live: boolean): Promise<void> {
    const filters = this.currentFilters();
    await this.loadPositions(filters);
    const positionId = this.selectedPositionId();
    if (positionId !== undefined) await this.loadTab(positionId, this.tab(), filters, this.page(), live);
    const q = (this.q() ?? '').trim();
    if (q !== '') await this.loadSearch(q, this.page());
  }

  private async loadPositions(filters: CartableFilters): Promise<void> {
    try {
      const answer = await this.api.positions(filters);
      this.positions.set({ kind: 'loaded', value: answer.positions });
    } catch (error) {
      if (this.positions().kind !== 'loaded') this.positions.set({ kind: 'failed', error });
    }
  }

  private async loadTab(positionId: number, tab: CartableTab, filters: CartableFilters, page: number, live: boolean): Promise<void> {
    const before = this.listing();
    if (!live) this.listing.set({ kind: 'loading' });
    try {
      const answer = await this.api.tab(positionId, tab, filters, page, PAGE_SIZE);
      // A slower answer for what is no longer asked for is dropped.
      if (positionId !== this.selectedPositionId() || tab !== this.tab() || page !== this.page()) return;
      this.listing.set({ kind: 'loaded', value: answer });
      if (live && before?.kind === 'loaded') {
        const known = new Set(before.value.items.map((item) => item.id));
        const added = answer.items.filter((item) => !known.has(item.id)).length;
        if (added > 0) this.liveNotice.set(this.i18n.translate('cartable.live.added', { count: added }));
      }
    } catch (error) {
      if (!live) this.listing.set({ kind: 'failed', error });
    }
  }

  private async loadSearch(q: string, page: number): Promise<void> {
    if (this.searchResults()?.kind !== 'loaded') this.searchResults.set({ kind: 'loading' });
    try {
      const answer = await this.api.search(q, page, PAGE_SIZE);
      if (q === (this.q() ?? '').trim()) this.searchResults.set({ kind: 'loaded', value: answer });
    } catch (error) {
      this.searchResults.set({ kind: 'failed', error });
    }
  }
}
