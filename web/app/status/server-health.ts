import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, of, throwError, type Observable } from 'rxjs';
import type { HealthResponse } from '../../contract/health';
import { ApiError } from '../core/api/api-error';
import { Clock } from '../core/time/clock';

export type ServerHealthState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly health: HealthResponse; readonly checkedAt: number }
  | { readonly kind: 'failed'; readonly error: unknown; readonly checkedAt: number };

function isHealthResponse(body: unknown): body is HealthResponse {
  return typeof body === 'object' && body !== null && 'database' in body && 'engine' in body && 'status' in body;
}

/** The server's health as `GET /api/health` reports it; the last answer stays shown while a new check runs. */
@Injectable()
export class ServerHealth {
  private readonly http = inject(HttpClient);
  private readonly clock = inject(Clock);
  private readonly destroyRef = inject(DestroyRef);

  private readonly current = signal<ServerHealthState>({ kind: 'loading' });
  private readonly checking = signal(false);
  readonly state = this.current.asReadonly();
  readonly busy = this.checking.asReadonly();

  check(): void {
    if (this.checking()) return;
    this.checking.set(true);
    this.fetch()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (health) => this.settle({ kind: 'loaded', health, checkedAt: this.clock.now() }),
        error: (error: unknown) => this.settle({ kind: 'failed', error, checkedAt: this.clock.now() }),
      });
  }

  private fetch(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>('/api/health').pipe(
      // A degraded server answers 503 with the same body, which says what is down.
      catchError((error: unknown) => (error instanceof ApiError && error.status === 503 && isHealthResponse(error.body) ? of(error.body) : throwError(() => error))),
    );
  }

  private settle(state: ServerHealthState): void {
    this.current.set(state);
    this.checking.set(false);
  }
}
