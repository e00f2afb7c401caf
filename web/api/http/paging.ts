import { z } from 'zod';

/** `page` from 1 and `pageSize` up to 200, for list queries. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export function offsetOf(paging: { readonly page: number; readonly pageSize: number }): number {
  return (paging.page - 1) * paging.pageSize;
}
