/**
 * Thrown by a page whose entity does not exist (an unknown customer, conversation or ticket): the app's
 * route boundary renders the 404 page for it, naming what was looked for.
 */
export class NotFoundError extends Error {
  readonly entity: { kind: 'customer' | 'conversation' | 'ticket'; id: string } | null;

  constructor(entity: NotFoundError['entity'] = null) {
    super(entity ? `No ${entity.kind} ${entity.id}` : 'Not found');
    this.name = 'NotFoundError';
    this.entity = entity;
  }
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}
