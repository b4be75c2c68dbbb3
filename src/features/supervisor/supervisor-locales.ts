import { addLocaleBundles } from '@/lib/i18n';

// Only supervisors open this area, so its strings (all three locales, so switching stays instant) travel
// with its code instead of weighing on every agent's first paint.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/supervisor.json', { eager: true, import: 'default' }));
