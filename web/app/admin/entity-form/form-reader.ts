import type { FormValues } from './admin-field';

/**
 * Reads a form's values as the API wants them. A missing or mistyped value reads as empty, so that
 * the API, not the browser, says what is wrong with it.
 */
export class FormReader {
  constructor(private readonly values: FormValues) {}

  text(name: string): string {
    const value = this.values[name];
    return typeof value === 'string' ? value.trim() : '';
  }

  /** Trimmed text, `null` when blank. */
  optionalText(name: string): string | null {
    const text = this.text(name);
    return text === '' ? null : text;
  }

  /** A number field; `NaN` when blank or not a number (the API refuses it with a field problem). */
  number(name: string): number {
    const text = this.text(name).replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
    return text === '' ? Number.NaN : Number(text);
  }

  optionalNumber(name: string): number | null {
    return this.text(name) === '' ? null : this.number(name);
  }

  /** A select of ids; `null` for its empty choice. */
  optionalId(name: string): number | null {
    const text = this.text(name);
    return text === '' ? null : Number(text);
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  list(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? [...(value as readonly string[])] : [];
  }

  ids(name: string): number[] {
    return this.list(name).map(Number);
  }
}

/** `null` and numbers as a text field shows them. */
export function fieldText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
