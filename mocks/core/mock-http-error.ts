/** Thrown by a resolver to answer with an ApiErrorBody; `handle()` turns it into the response. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'MockHttpError';
  }
}
