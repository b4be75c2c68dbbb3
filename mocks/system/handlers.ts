import { getHealth } from '@/contract/endpoints/system';
import { handle } from '@mocks/core/handle';

export const systemHandlers = [handle(getHealth, () => ({ ok: true as const, instance: 'mock' }))];
