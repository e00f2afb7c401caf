import { hasSessionCookie } from './session-cookie';

describe('hasSessionCookie', () => {
  it.each([
    ['', false],
    ['pishkhan.language=fa', false],
    ['XSRF-TOKEN=', false],
    ['a=1; XSRF-TOKEN=abc; b=2', true],
    ['XSRF-TOKEN=abc', true],
    ['NOT-XSRF-TOKEN=abc', false],
  ])('given the cookies %j, when checked, then a session is %s', (cookies, expected) => {
    expect(hasSessionCookie(cookies)).toBe(expected);
  });
});
