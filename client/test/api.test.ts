import { describe, expect, it } from 'vitest';
import { hubError, isSignedOutError } from '../src/api/draftHub';

describe('hub errors', () => {
  it("read the server's stable code from a refusal", () => {
    const refusal = new Error("An unexpected error occurred invoking 'Submit' on the server. HubException: statement.not_joined: Join the statement first.");
    expect(hubError(refusal).code).toBe('statement.not_joined');
  });

  it('have no code when the connection was lost, so the session waits for the reconnect', () => {
    expect(hubError(new Error('Invocation canceled due to the underlying connection being closed.')).code).toBeNull();
  });
});

describe('a hub connection refused', () => {
  it('for want of a session is told from a network failure', () => {
    expect(isSignedOutError(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"))).toBe(true);
    expect(isSignedOutError(new Error('Failed to complete negotiation with the server: TypeError: Failed to fetch'))).toBe(false);
  });
});
