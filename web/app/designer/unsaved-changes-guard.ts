import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold work not saved anywhere yet. */
export interface LeavesSafely {
  /** True when leaving loses nothing, or the user agreed to lose it. */
  confirmLeave(): boolean;
}

/** Asks before leaving a page with changes that would be lost (the browser's own prompt covers closing the tab). */
export const unsavedChangesGuard: CanDeactivateFn<LeavesSafely> = (page) => page.confirmLeave();
