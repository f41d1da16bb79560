import { loadValue, peekLoadable, readLoadable, watchLoadable } from './loadable.js';

describe('loadValue', () => {
  it('shares one request with readLoadable and resolves to the value', async () => {
    const loader = vi.fn(() => Promise.resolve('code'));
    readLoadable(loader);
    await expect(loadValue(loader)).resolves.toBe('code');
    await expect(loadValue(loader)).resolves.toBe('code');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load again', async () => {
    let online = false;
    const loader = vi.fn(() => (online ? Promise.resolve('code') : Promise.reject(new Error('offline'))));
    await expect(loadValue(loader)).rejects.toThrow('offline');
    online = true;
    await expect(loadValue(loader)).resolves.toBe('code');
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('gives a value that is present as it is', async () => {
    await expect(loadValue(42)).resolves.toBe(42);
  });
});

describe('watchLoadable', () => {
  it('tells a watcher when someone else starts and settles a load, and peeking starts nothing', async () => {
    const loader = vi.fn(() => Promise.resolve('code'));
    const seen: (string | undefined)[] = [];
    const stop = watchLoadable(loader, () => seen.push(peekLoadable(loader)?.status));
    expect(peekLoadable(loader)).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();
    await loadValue(loader);
    expect(seen).toEqual(['loading', 'loaded']);
    stop();
    readLoadable(loader);
    expect(seen).toHaveLength(2);
  });
});
