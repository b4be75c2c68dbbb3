import { describe, expect, it } from 'vitest';
import { maskCaller } from './mask-caller';

describe('maskCaller', () => {
  it('shows a display name that is the number and a generic word as the number alone', () => {
    expect(maskCaller('13800138000', 'Phone 13800138000')).toEqual({ number: '138****8000', name: null });
    expect(maskCaller('13900139000', 'Phone 139-0013-9000')).toEqual({ number: '139****9000', name: null });
    expect(maskCaller('13900139000', 'Call from +86 139 0013 9000')).toEqual({ number: '139****9000', name: null });
    expect(maskCaller('13900139000', '手机 13900139000')).toEqual({ number: '139****9000', name: null });
    expect(maskCaller('13900139000', '來電：13900139000')).toEqual({ number: '139****9000', name: null });
    expect(maskCaller('2001', 'Ext. 2001')).toEqual({ number: '2001', name: null });
  });

  it('leaves out a display name that only repeats the number', () => {
    expect(maskCaller('13800138000', '13800138000')).toEqual({ number: '138****8000', name: null });
    expect(maskCaller('+8613800138000', '138 0013 8000')).toEqual({ number: '+86*******8000', name: null });
  });

  it('keeps a real name and takes the repeated number out of it', () => {
    expect(maskCaller('13800138000', '王建国 13800138000')).toEqual({ number: '138****8000', name: '王建国' });
    expect(maskCaller('13800138000', 'Li Lei (138-0013-8000)')).toEqual({ number: '138****8000', name: 'Li Lei' });
    expect(maskCaller('13800138000', '13800138000 - Acme Ltd')).toEqual({ number: '138****8000', name: 'Acme Ltd' });
  });

  it('masks another number in the name, which is not said twice', () => {
    expect(maskCaller('13800138000', 'Phone 13900139000')).toEqual({ number: '138****8000', name: 'Phone 139****9000' });
  });

  it('keeps a name, a service number and an extension as they are', () => {
    expect(maskCaller('95555', '王建国')).toEqual({ number: '95555', name: '王建国' });
    expect(maskCaller('2001', null)).toEqual({ number: '2001', name: null });
    expect(maskCaller('2001', 'Phone')).toEqual({ number: '2001', name: 'Phone' });
  });

  it('masks an international number to its country code and last four', () => {
    expect(maskCaller('+447700900123', null).number).toBe('+44******0123');
  });

  it('gives an empty number for a call without one', () => {
    expect(maskCaller('', null)).toEqual({ number: '', name: null });
    expect(maskCaller('', 'Phone 13800138000')).toEqual({ number: '', name: 'Phone 138****8000' });
  });
});
