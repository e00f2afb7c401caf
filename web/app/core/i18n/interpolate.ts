import { formatNumber } from './format-number';
import type { Language } from './language';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; numbers are written in the language's digits, text is inserted as it is. */
export function interpolate(template: string, params: MessageParams | undefined, language: Language): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}
