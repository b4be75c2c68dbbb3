import { SoftphoneError } from '../lib/softphone-error';

/** getUserMedia failures the agent can act on. */
export function mediaErrorCode(error: unknown): string | null {
  if (error instanceof SoftphoneError) return error.code;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'microphone_denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_microphone';
  return null;
}
