/** The sign-in page, remembering where to come back to. */
export const SignInPath = '/sign-in';

/** Pages that anyone may open without signing in. */
export const PublicPaths: readonly string[] = [SignInPath, '/setup', '/invite'];

/** The sign-in page's address that brings the reader back to `path` (with its query) afterwards. */
export function signInPath(path: string): string {
  return PublicPaths.includes(path.split('?')[0]) || path === '/' ? SignInPath : `${SignInPath}?next=${encodeURIComponent(path)}`;
}

/**
 * Where to go after signing in: the `next` page if it is a page of this client, else the statements. Anything
 * that could lead off the site ("//elsewhere", "https://…", "/\\elsewhere") is ignored.
 */
export function returnPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith(SignInPath)) {
    return '/';
  }
  return next;
}
