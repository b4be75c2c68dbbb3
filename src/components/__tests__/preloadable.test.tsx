import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadable } from '../preloadable';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>{`hello ${name}`}</p>;
}

describe('preloadable', () => {
  it('renders nothing until loaded, then the component (loading on mount)', async () => {
    let calls = 0;
    const { Component } = preloadable(async () => {
      calls += 1;
      return Greeting;
    });
    render(<Component name="a" />);
    expect(screen.queryByText('hello a')).toBeNull();
    expect(await screen.findByText('hello a')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('renders in the first commit once preloaded', async () => {
    const { Component, preload } = preloadable(async () => Greeting);
    await preload();
    render(<Component name="b" />);
    expect(screen.getByText('hello b')).toBeInTheDocument();
  });

  it('retries a load that failed', async () => {
    let fail = true;
    const { preload } = preloadable(async () => {
      if (fail) throw new Error('offline');
      return Greeting;
    });
    await expect(preload()).rejects.toThrow('offline');
    fail = false;
    await expect(preload()).resolves.toBeUndefined();
  });
});
