import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname);
const locales = ['zh-CN', 'zh-TW', 'en'];

function flatten(node: unknown, prefix = ''): string[] {
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

function load(locale: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, locale, `${ns}.json`), 'utf8')) as Record<string, unknown>;
}

const namespaces = [...new Set(locales.flatMap((l) => readdirSync(join(root, l)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))))].sort();

describe('translations', () => {
  it('every locale has every namespace', () => {
    for (const locale of locales) {
      const have = readdirSync(join(root, locale)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
      expect(have, locale).toEqual(namespaces);
    }
  });

  it.each(namespaces)('namespace %s has the same keys in zh-CN, zh-TW and en, none empty', (ns) => {
    const reference = flatten(load('zh-CN', ns)).sort();
    expect(reference.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const messages = load(locale, ns);
      expect(flatten(messages).sort(), `${locale}/${ns}`).toEqual(reference);
      for (const key of reference) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale}/${ns}:${key} is empty`).toBe(true);
      }
    }
  });

  it('every t() key used in the source exists in every locale', () => {
    // Static keys only (`t('a.b')` with a literal); dynamic keys are covered by the parity test above.
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
      }
    };
    walk(join(root, '..'));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const ns = /useTranslation\('([\w-]+)'\)/.exec(source)?.[1];
      if (!ns) continue;
      for (const match of source.matchAll(/\bt\('([\w.-]+)'/g)) {
        const key = match[1]!;
        for (const locale of locales) {
          let messages: Record<string, unknown>;
          try {
            messages = load(locale, ns);
          } catch {
            missing.push(`${locale}/${ns} (file missing, used by ${file})`);
            continue;
          }
          const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
          if (typeof value !== 'string') missing.push(`${locale}/${ns}:${key} (${file.slice(root.length - 7)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
