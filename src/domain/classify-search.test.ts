import { describe, expect, it } from 'vitest';
import { classifySearch } from './classify-search';
import { nameKeys } from './name-keys';

describe('classifySearch', () => {
  it.each([
    ['c-cn-0001', 'customer_id', 'c-cn-0001'],
    ['C-INTL-0001', 'customer_id', 'c-intl-0001'],
    ['acc-cn-0001', 'account', 'acc-cn-0001'],
    ['ACC-cn-0009-2', 'account', 'acc-cn-0009-2'],
    ['Sarah@Example.com', 'email', 'sarah@example.com'],
    ['147 9960 3397', 'number', '14799603397'],
    ['+86-147-9960-3397', 'number', '14799603397'],
    ['+44 7700 900123', 'number', '+447700900123'],
    ['44030519990101123x', 'id_number', '44030519990101123X'],
    ['440305 19990101 1234', 'id_number', '440305199901011234'],
    ['548209005', 'id_number', '548209005'],
    ['91440300MA5DABCD12', 'id_number', '91440300MA5DABCD12'],
    ['王建', 'name', '王建'],
    ['  Sarah   Thom ', 'name', 'sarah thom'],
    ['10086', 'id_number', '10086'],
  ])('%s is a %s search for %s', (q, kind, value) => {
    expect(classifySearch(q)).toEqual({ kind, value });
  });

  it('reads national numbers in the international centre', () => {
    expect(classifySearch('07700 900123', 'intl')).toEqual({ kind: 'number', value: '+447700900123' });
  });
});

describe('nameKeys', () => {
  it('keys a Latin name both ways and a Chinese name as written', () => {
    expect(nameKeys('Sarah Thompson')).toEqual(['sarah thompson', 'thompson sarah']);
    expect(nameKeys("Liam O'Brien")).toEqual(["liam o'brien", "o'brien liam"]);
    expect(nameKeys('王建国')).toEqual(['王建国']);
  });
});
