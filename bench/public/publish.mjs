// A lead publishes a twelve-paragraph open letter through the real API (a round, the lead's approval, publication
// now): the statement the public benchmarks read and sign on to. Shared by seed.mjs and signon-burst.mjs.
import { postWithToken } from '../load/src/targets/codraft-account.mjs';

/** GETs a JSON answer with the lead's token. */
export async function getWithToken(base, token, path) {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw new Error(`GET ${path} failed: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** Publishes a new statement; answers its id and public slug. */
export async function publishStatement(base, token) {
  const paragraph = 'We, the undersigned organisations, call on the Council and the Parliament to adopt binding targets for '
    + 'clean air in every city by 2030, with public reporting each year and support for the communities most affected.';
  const text = `# Open letter on clean air\n\n${Array.from({ length: 12 }, () => paragraph).join('\n\n')}\n`;
  const statement = await postWithToken(base, token, '/api/statements', { title: 'Open letter on clean air', text });
  const id = statement.id;
  await postWithToken(base, token, `/api/statements/${id}/signoff/rounds`, {});
  const sha256 = (await getWithToken(base, token, `/api/statements/${id}/signoff`)).round.current.sha256;
  await postWithToken(base, token, `/api/statements/${id}/signoff/decisions`, { decision: 'Approve', sha256 });
  await postWithToken(base, token, `/api/statements/${id}/publish`, { publicFrom: null });
  const slug = (await getWithToken(base, token, `/api/statements/${id}/public-page`)).slug;
  return { id, slug };
}
