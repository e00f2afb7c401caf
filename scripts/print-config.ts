/** `npm run config`: prints every setting with its default and description, from the one schema. */
import type { z } from 'zod';
import { configSchema } from '../main/config/config-schema.js';

for (const [name, schema] of Object.entries(configSchema.shape)) {
  const field = schema as z.ZodType;
  const parsed = field.safeParse(undefined);
  const fallback = parsed.success && parsed.data !== undefined ? JSON.stringify(parsed.data) : '(unset)';
  console.log(`${name.padEnd(24)} default ${fallback}\n${' '.repeat(24)} ${field.description ?? ''}`);
}
