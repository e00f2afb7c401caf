import type { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

/** List, create, replace and delete one administered entity under `/api/admin/<path>`. */
export class AdminCollection<T extends { readonly id: number }, I> {
  constructor(
    private readonly http: HttpClient,
    /** `org-units` for `/api/admin/org-units`. */
    readonly path: string,
  ) {}

  list(): Promise<T[]> {
    return firstValueFrom(this.http.get<T[]>(`/api/admin/${this.path}`));
  }

  create(input: I): Promise<T> {
    return firstValueFrom(this.http.post<T>(`/api/admin/${this.path}`, input));
  }

  update(id: number, input: I): Promise<T> {
    return firstValueFrom(this.http.put<T>(`/api/admin/${this.path}/${id}`, input));
  }

  remove(id: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/admin/${this.path}/${id}`));
  }
}
