import { describe, expect, it } from 'vitest';
import { returnPath, signInPath } from '../../src/account/returnPath';

describe('the way back after signing in', () => {
  it('remembers the page that needed a session, with its query', () => {
    const path = signInPath('/statements/8f2d7c4e-0000-4000-8000-000000000001/history?from=1&to=2');

    expect(returnPath(new URLSearchParams(path.split('?')[1]).get('next'))).toBe('/statements/8f2d7c4e-0000-4000-8000-000000000001/history?from=1&to=2');
  });

  it('needs no way back from the statements or from pages open to everyone', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/invite')).toBe('/sign-in');
    expect(signInPath('/sign-in?next=%2Faccount')).toBe('/sign-in');
  });

  it.each(['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/sign-in?next=/account', null])(
    'never leads off the site or back to sign-in: %s',
    (next) => {
      expect(returnPath(next)).toBe('/');
    },
  );
});
