import { HttpClient } from '@angular/common/http';
import { inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/**
 * A setting the admin replaces as a whole (`GET`/`PUT /api/admin/<path>`): the SLA table, the
 * business calendar, the desk settings. Created in a page's field initializer (it injects HttpClient).
 */
export class AdminDocument<T, I = T> {
  private readonly http = inject(HttpClient);
  readonly value = signal<T | null>(null);
  readonly error = signal<unknown>(null);

  constructor(private readonly path: string) {}

  async load(): Promise<void> {
    try {
      this.value.set(await firstValueFrom(this.http.get<T>(`/api/admin/${this.path}`)));
      this.error.set(null);
    } catch (error) {
      this.error.set(error);
    }
  }

  /** Replaces it; rejects with the API's error, the value unchanged. */
  async replace(input: I): Promise<T> {
    const saved = await firstValueFrom(this.http.put<T>(`/api/admin/${this.path}`, input));
    this.value.set(saved);
    return saved;
  }
}
