// @vitest-environment node
/// <reference types="vite/types/importMeta.d.ts" />

describe('importing the element on a server', () => {
  it('throws nothing, defines nothing and still offers the class', async () => {
    expect(typeof HTMLElement).toBe('undefined');
    expect(typeof customElements).toBe('undefined');
    const globalsBefore = Object.getOwnPropertyNames(globalThis);

    const element = await import('@bodymap/element');

    expect(element.BodyMapElement).toBeTypeOf('function');
    expect(Object.getOwnPropertyNames(globalThis)).toEqual(globalsBefore);
    expect(typeof customElements).toBe('undefined');
  });
});
