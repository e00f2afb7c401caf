import fs from 'node:fs';
import path from 'node:path';

const KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/;
const MESSAGE_KEY_PROPERTY = /messageKey:\s*'([^'\\]+)'/g;
// Calls of the `problem` helpers core files define (a field, then the key, then parameters; or the key
// alone): the key is the last dotted literal among the arguments.
const PROBLEM_CALL = /\bproblem\((.*)\)/g;
const LITERAL = /'([^'\\]+)'/g;

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-support' && entry.name !== 'node_modules') found.push(...sourceFiles(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) found.push(full);
  }
  return found;
}

/**
 * The message keys that validation problems in these folders can carry, read from the source: every
 * `messageKey` property written as a literal and the key literal of every call of a `problem` helper. Spec files and test support are
 * left out: their keys never reach a user.
 */
export function messageKeysInSource(dirs: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(MESSAGE_KEY_PROPERTY)) if (KEY.test(match[1] as string)) keys.set(match[1] as string, file);
      for (const call of text.matchAll(PROBLEM_CALL)) {
        const literals = [...(call[1] as string).matchAll(LITERAL)].map((literal) => literal[1] as string).filter((literal) => KEY.test(literal));
        const key = literals.at(-1);
        if (key !== undefined) keys.set(key, file);
      }
    }
  }
  return keys;
}
