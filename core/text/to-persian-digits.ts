/**
 * Writes ASCII and Arabic-Indic digits as Persian digits (۰–۹) for display and SMS. Only digits
 * change: separators are left alone, so format numbers with `Intl.NumberFormat('fa-IR')` when a
 * Persian decimal or thousands separator is wanted.
 */
export function toPersianDigits(value: string | number): string {
  return String(value).replace(/[0-9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const digitValue = code <= 0x39 ? code - 0x30 : code - 0x0660;
    return String.fromCharCode(0x06f0 + digitValue);
  });
}
