import { describe, expect, it } from 'vitest';
import { hubError, isSignedOutError } from '../src/api/draftHub';
import { UnknownRefusal } from '../src/session/transport';

describe('hub errors', () => {
  it("read the server's stable code from a refusal", () => {
    const refusal = new Error("An unexpected error occurred invoking 'Submit' on the server. HubException: statement.not_joined: Join the statement first.");
    expect(hubError(refusal).code).toBe('statement.not_joined');
  });

  it('have no code when the connection was lost, so the session waits for the reconnect', () => {
    expect(hubError(new Error('Invocation canceled due to the underlying connection being closed.')).code).toBeNull();
  });

  it('tell a refusal without a code from a lost connection, so that it is not sent again forever', () => {
    expect(hubError(new Error("An unexpected error occurred invoking 'Submit' on the server.")).code).toBe(UnknownRefusal);
    expect(hubError(new Error("Failed to invoke 'Submit' due to an error on the server.")).code).toBe(UnknownRefusal);
  });
});

describe('a hub connection refused', () => {
  it('for want of a session is told from a network failure', () => {
    expect(isSignedOutError(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"))).toBe(true);
    expect(isSignedOutError(new Error('Failed to complete negotiation with the server: TypeError: Failed to fetch'))).toBe(false);
  });
});
