import { addLocaleBundles } from '@/lib/i18n';

// The customer view is loaded after the workspace paints: its strings (all three locales, so switching stays
// instant) travel with its code instead of weighing on first paint.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/customers.json', { eager: true, import: 'default' }));
