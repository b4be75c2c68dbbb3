/**
 * An answer with an ApiErrorBody, thrown anywhere while answering a request: the MSW handler and the BFF
 * route turn it into the response (after checking the contract declares it).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
