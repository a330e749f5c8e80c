import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/http';
import { GenericSentence, Sentences, errorSentence, sentenceForCode } from '../../src/errors/errorSentences';
import { SendKeepsFailing, TransportError, UnknownRefusal } from '../../src/session/transport';

/** Every code of docs/errors.md, read from the page itself, so that a code added there without a sentence fails here. */
import errorsPage from '../../../docs/errors.md?raw';

const documentedCodes = [...errorsPage.matchAll(/^\| `([a-z_]+(?:\.[a-z_0-9]+)+)`/gm)].map((m) => m[1]);

describe('what people read when something is refused', () => {
  it('is a sentence for every documented code, never the code', () => {
    expect(documentedCodes.length).toBeGreaterThan(50);
    for (const code of documentedCodes) {
      const sentence = sentenceForCode(code);
      expect(sentence, code).not.toBe(GenericSentence);
      expect(sentence, code).not.toContain(code);
      expect(sentence, code).toMatch(/^[A-Z].*[.]$/);
    }
  });

  it('maps the hub refusals of the editor to sentences, never a HubException text', () => {
    const refusal = new TransportError('access.forbidden', "An unexpected error occurred invoking 'Submit' on the server. HubException: access.forbidden: A viewer may not do this (Edit).");
    expect(errorSentence(refusal)).toBe('Your role on this statement does not allow this.');
    expect(errorSentence(new TransportError('text.too_large', 'HubException: text.too_large: …'))).toMatch(/longer than this server allows/);
    expect(errorSentence(new TransportError('text.invalid_character', '…'))).toMatch(/control character/);
    expect(errorSentence(new TransportError(UnknownRefusal, "An unexpected error occurred invoking 'Submit' on the server."))).toBe(Sentences[UnknownRefusal]);
    expect(errorSentence(new TransportError(SendKeepsFailing, 'x'))).toMatch(/could not be sent/);
    expect(errorSentence(new TransportError('op.out_of_range', 'x'))).toMatch(/out of step/);
    expect(errorSentence(new TransportError(null, 'Invocation canceled due to the underlying connection being closed.'))).toMatch(/cannot be reached/);
  });

  it('says something general for a code it does not know, never the code', () => {
    expect(errorSentence(new TransportError('hub.something_new', 'HubException: hub.something_new: x'))).toBe(GenericSentence);
    expect(sentenceForCode('something.new')).toBe(GenericSentence);
    expect(sentenceForCode(null)).toBe(GenericSentence);
    expect(errorSentence(new Error("An unexpected error occurred invoking 'Submit' on the server."))).toBe(GenericSentence);
  });

  it("uses a REST refusal's own detail when it names specifics and reads as a sentence", () => {
    expect(errorSentence(new ApiError(400, 'request.invalid', 'title must be 1 to 200 characters'))).toBe('Title must be 1 to 200 characters.');
    expect(errorSentence(new ApiError(409, 'round.no_signatory', 'Kinderschutz Bund has nobody who can approve.'))).toBe('Kinderschutz Bund has nobody who can approve.');
    expect(errorSentence(new ApiError(409, 'round.no_signatory', 'System.InvalidOperationException: at CoDraft.X()'))).toBe(GenericSentence);
    expect(errorSentence(new ApiError(404, 'statement.not_found', 'No such statement.'))).toBe(Sentences['statement.not_found']);
    expect(errorSentence(new ApiError(500, null, 'access.forbidden: An unexpected error occurred invoking'))).toBe(GenericSentence);
  });

  it("shows the client's own sentences as they are", () => {
    expect(errorSentence('Select the passage you want to comment on first.')).toBe('Select the passage you want to comment on first.');
  });
});
