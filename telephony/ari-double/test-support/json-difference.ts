const asteriskTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$/;
/** Fields whose recorded values were times; only their format has to match. */
const timeFields = new Set(['timestamp', 'creationtime']);

/**
 * Differences between a recorded JSON value and the double's, key order included (ARI clients may
 * depend on neither, but the double promises the recorded shape). `ids` maps recorded ids that were
 * random (SIP channel ids) to the double's.
 */
export function jsonDifferences(expected: unknown, actual: unknown, ids: ReadonlyMap<string, string>, at = '$'): string[] {
  if (typeof expected === 'string') {
    if (timeFields.has(at.split('.').at(-1) ?? '') && asteriskTime.test(expected)) {
      return typeof actual === 'string' && asteriskTime.test(actual) ? [] : [`${at}: expected an Asterisk time, got ${JSON.stringify(actual)}`];
    }
    const mapped = mapIds(expected, ids);
    return mapped === actual ? [] : [`${at}: expected ${JSON.stringify(mapped)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((item, index) => jsonDifferences(item, actual[index], ids, `${at}[${index}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    const expectedKeys = Object.keys(expected);
    const actualKeys = Object.keys(actual);
    if (expectedKeys.join(',') !== actualKeys.join(',')) return [`${at}: keys ${expectedKeys.join(',')} but got ${actualKeys.join(',')}`];
    return expectedKeys.flatMap((key) => jsonDifferences((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], ids, `${at}.${key}`));
  }
  return Object.is(expected, actual) ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function mapIds(text: string, ids: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [recorded, actual] of ids) result = result.split(recorded).join(actual);
  return result;
}
