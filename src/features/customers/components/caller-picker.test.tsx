import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import { makeMatch, makePop, renderWithQuery } from '../testing/pop-fixtures';
import { CallerPicker } from './caller-picker';

describe('CallerPicker', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names the number several customers use masked, and lists them to pick from', () => {
    renderWithQuery(<CallerPicker pop={makePop({ from: '18774068323', status: 'ambiguous', matches: [makeMatch('c-1', '王雪'), makeMatch('c-2', '杨艳')] })} />);
    const region = screen.getByRole('region', { name: 'Several customers use 187****8323' });
    expect(region).not.toHaveTextContent('18774068323');
    expect(screen.getAllByRole('button', { name: /^(王雪|杨艳)/ })).toHaveLength(2);
  });

  it('masks an email address the same way', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithQuery(<CallerPicker pop={makePop({ channel: 'email', from: 'family@example.com', status: 'ambiguous', matches: [makeMatch('c-1', '王雪')] })} />);
    expect(screen.getByRole('heading', { name: /f\*\*\*@example\.com/ })).toBeInTheDocument();
    expect(screen.queryByText(/family@example\.com/)).toBeNull();
  });
});
