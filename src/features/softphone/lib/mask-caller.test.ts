import { describe, expect, it } from 'vitest';
import { maskCaller } from './mask-caller';

describe('maskCaller', () => {
  it('masks the number and a number the display name repeats', () => {
    expect(maskCaller('13800138000', 'Phone 13800138000')).toEqual({ number: '138****8000', name: 'Phone 138****8000' });
  });

  it('leaves out a display name that only repeats the number', () => {
    expect(maskCaller('13800138000', '13800138000')).toEqual({ number: '138****8000', name: null });
  });

  it('keeps a name, a service number and an extension as they are', () => {
    expect(maskCaller('95555', '王建国')).toEqual({ number: '95555', name: '王建国' });
    expect(maskCaller('2001', null)).toEqual({ number: '2001', name: null });
  });

  it('masks an international number to its country code and last four', () => {
    expect(maskCaller('+447700900123', null).number).toBe('+44******0123');
  });

  it('gives an empty number for a call without one', () => {
    expect(maskCaller('', null)).toEqual({ number: '', name: null });
  });
});
