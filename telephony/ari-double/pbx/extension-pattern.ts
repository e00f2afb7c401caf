/** Whether an Asterisk extension pattern (`_X.`, `_op.`, `_NXX`) matches an extension. */
export function matchesExtension(pattern: string, exten: string): boolean {
  const source = pattern
    .slice(1)
    .split('')
    .map((char) => {
      switch (char.toUpperCase()) {
        case 'X':
          return '[0-9]';
        case 'Z':
          return '[1-9]';
        case 'N':
          return '[2-9]';
        case '.':
          return '.+';
        case '!':
          return '.*';
        default:
          return char.replace(/[\\^$*+?()[\]{}|]/g, '\\$&');
      }
    })
    .join('');
  return new RegExp(`^${source}$`).test(exten);
}
