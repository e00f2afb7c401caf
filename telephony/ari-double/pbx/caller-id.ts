import type { CallerIdJson } from './ari-json.js';

/** Splits an originate `callerId` (`Test Caller <1001>`, `1001`, `Name`) the way `ast_callerid_parse` does. */
export function parseCallerId(callerId: string | undefined): CallerIdJson {
  if (callerId === undefined || callerId === '') return { name: '', number: '' };
  const bracketed = /^\s*"?([^"<]*?)"?\s*<([^>]*)>\s*$/.exec(callerId);
  if (bracketed !== null) return { name: bracketed[1] ?? '', number: shrink(bracketed[2] ?? '') };
  return /^[\d\s()+*#.-]+$/.test(callerId) ? { name: '', number: shrink(callerId) } : { name: callerId.trim(), number: '' };
}

function shrink(number: string): string {
  return /^[\d\s()+.-]+$/.test(number) ? number.replace(/[\s().-]/g, '') : number;
}
