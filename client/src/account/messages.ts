import { ApiError } from '../api';
import { errorSentence } from '../errors/errorSentences';

function retryIn(error: ApiError, otherwise: string): string {
  if (error.retryAfterSeconds === null) {
    return otherwise;
  }
  const minutes = Math.ceil(error.retryAfterSeconds / 60);
  return error.retryAfterSeconds < 60 ? `Try again in ${error.retryAfterSeconds} seconds.` : `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** What to tell someone whose sign-in was refused, by the refusal's stable code. */
export function signInProblem(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return errorSentence(error);
  }
  switch (error.code) {
    case 'auth.invalid_credentials':
      return 'The email or the password is wrong.';
    case 'auth.locked_out':
      return `This account is locked after too many failed sign-ins. ${retryIn(error, 'Try again later.')}`;
    case 'rate.limited':
      return `Too many sign-in attempts. ${retryIn(error, 'Wait a minute, then try again.')}`;
    default:
      return errorSentence(error);
  }
}
