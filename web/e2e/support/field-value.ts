import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';

/**
 * Waits until a form field shows `expected`, then holds it to that: for values the app writes a
 * change-detection pass after the click or navigation that causes them, which Playwright's action
 * does not wait for. Fails with the value the field still shows after `timeoutMs`.
 */
export async function expectFieldValue(field: Locator, expected: string, message: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await field.inputValue();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await field.inputValue();
  }
  assert.equal(actual, expected, message);
}
