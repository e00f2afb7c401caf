import { z } from 'zod';

/** Shared pieces of the admin input schemas. */
export const name = z.string().trim().min(1).max(255);
export const optionalCode = z.string().trim().min(1).max(64).nullable().default(null);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value));
export const optionalId = z.number().int().positive().nullable().default(null);
export const id = z.number().int().positive();
export const active = z.boolean().default(true);
export const optionalEmail = z
  .union([z.email().max(200), z.literal(''), z.null()])
  .default(null)
  .transform((value) => (value === '' ? null : value));
