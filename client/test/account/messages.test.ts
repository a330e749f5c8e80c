import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api';
import { signInProblem } from '../../src/account/messages';

describe('what a refused sign-in says', () => {
  it('does not tell which of email and password was wrong', () => {
    expect(signInProblem(new ApiError(401, 'auth.invalid_credentials', 'x'))).toBe('The email or the password is wrong.');
  });

  it('says the account is locked', () => {
    expect(signInProblem(new ApiError(429, 'auth.locked_out', 'x'))).toMatch(/^This account is locked after too many failed sign-ins\. Try again later\.$/);
  });

  it('says how long to wait when the server said', () => {
    expect(signInProblem(new ApiError(429, 'rate.limited', 'x', 42))).toBe('Too many sign-in attempts. Try again in 42 seconds.');
    expect(signInProblem(new ApiError(429, 'rate.limited', 'x', 61))).toBe('Too many sign-in attempts. Try again in 2 minutes.');
    expect(signInProblem(new ApiError(429, 'rate.limited', 'x'))).toBe('Too many sign-in attempts. Wait a minute, then try again.');
  });

  it('says in a sentence what else went wrong, never a code', () => {
    expect(signInProblem(new ApiError(0, null, 'The server cannot be reached.'))).toMatch(/^The server cannot be reached\./);
    expect(signInProblem(new ApiError(500, 'server.unexpected', 'An unexpected error occurred.'))).toBe('An unexpected error occurred.');
    expect(signInProblem(new ApiError(500, null, 'System.InvalidOperationException: boom'))).toBe('Something went wrong, and it was not saved.');
  });
});
