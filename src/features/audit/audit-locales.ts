import { addLocaleBundles } from '@/lib/i18n';

// Read by team leads only: the strings travel with the supervisor area's lazily loaded code.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/audit.json', { eager: true, import: 'default' }));
