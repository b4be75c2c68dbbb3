import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { makeQueues } from '../testing/board-fixtures';
import { QueueTable } from './queue-table';

describe('QueueTable', () => {
  let restoreSizes: () => void;

  beforeEach(async () => {
    await i18n.changeLanguage('en');
    restoreSizes = mockElementSizes({ viewport: 250, row: 31 });
  });

  afterEach(() => restoreSizes());

  it('lists 200 queues worst first, rendering those around the viewport', () => {
    render(
      <>
        <h2 id="queues-heading">Queues</h2>
        <QueueTable queues={makeQueues(200)} labelledBy="queues-heading" />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Live queues' });
    expect(table).toHaveAttribute('aria-rowcount', '201');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Queue 200');
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Frontline', '1', '03:19', '2', '3', '90%', '0']);

    const region = screen.getByRole('group', { name: 'Queues' });
    act(() => {
      region.scrollTop = 199 * 31;
      fireEvent.scroll(region);
    });
    expect(screen.getByRole('row', { name: /Queue 001/ })).toHaveAttribute('aria-rowindex', '201');
  });
});
