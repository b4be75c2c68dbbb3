import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the architecture rules bite: a feature importing another feature, or untranslated JSX text, fails lint.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules', () => {
  it('forbids a feature importing another feature', async () => {
    const ids = await ruleIds("import { useMe } from '@/features/session/api/get-me';\nexport const x = useMe;\n", 'src/features/supervisor/x.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('forbids reaching another feature by a relative path', async () => {
    const ids = await ruleIds("import { useMe } from '../../session/api/get-me';\nexport const x = useMe;\n", 'src/features/supervisor/api/x.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('allows a feature importing its own files and shared code', async () => {
    const ids = await ruleIds("import { api } from '@/lib/api-client';\nimport { supervisorOverviewQueryOptions } from '../api/get-supervisor-overview';\nexport const x = [api, supervisorOverviewQueryOptions];\n", 'src/features/supervisor/components/x.ts');
    expect(ids).toEqual([]);
  });

  it('forbids shared code importing a feature', async () => {
    const ids = await ruleIds("import { useMe } from '@/features/session/api/get-me';\nexport const x = useMe;\n", 'src/lib/x.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('keeps domain rules pure: the contract only', async () => {
    expect(await ruleIds("import { api } from '@/lib/api-client';\nexport const x = api;\n", 'src/domain/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { getMockDb } from '@mocks/core/mock-db';\nexport const x = getMockDb;\n", 'src/domain/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/domain/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import type { AgentState } from '@/contract/schemas/agent-state';\nexport type X = AgentState;\n", 'src/domain/x.ts')).toEqual([]);
  });

  it('forbids untranslated JSX text', async () => {
    const ids = await ruleIds('export function X() {\n  return <button type="button">Hang up</button>;\n}\n', 'src/features/supervisor/components/x.tsx');
    expect(ids).toContain('i18next/no-literal-string');
  });

  it('allows translated JSX text', async () => {
    const ids = await ruleIds("import { useTranslation } from 'react-i18next';\nexport function X() {\n  const { t } = useTranslation('supervisor');\n  return <button type=\"button\">{t('retry')}</button>;\n}\n", 'src/features/supervisor/components/x.tsx');
    expect(ids).toEqual([]);
  });
});
