import { addLocaleBundles } from '@/lib/i18n';

// The conversation workspace is loaded after the shell paints: its strings (all three locales, so switching
// stays instant) travel with its code instead of weighing on first paint.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/conversations.json', { eager: true, import: 'default' }));
