import { PrimedLoader, thenNow } from '../../../src/loaders/batch';

function loader(): { l: PrimedLoader<string, string>; batches: string[][] } {
  const batches: string[][] = [];
  const l = new PrimedLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => `loaded:${k}`);
  });
  return { l, batches };
}

describe('PrimedLoader', () => {
  it('answers a primed key at once, without a batch', () => {
    const { l, batches } = loader();
    l.prime('重庆海关', 'primed');
    expect(l.loadNow('重庆海关')).toBe('primed');
    expect(batches).toEqual([]);
  });

  it('loads a key it was not primed with through the batch function', async () => {
    const { l, batches } = loader();
    const v = l.loadNow('成都海关');
    expect(v).toBeInstanceOf(Promise);
    await expect(v).resolves.toBe('loaded:成都海关');
    expect(batches).toEqual([['成都海关']]);
  });

  it('keeps the first primed value, like DataLoader.prime', async () => {
    const { l } = loader();
    l.prime('k', 'first').prime('k', 'second');
    expect(l.loadNow('k')).toBe('first');
    await expect(l.load('k')).resolves.toBe('first');
  });

  it('does not take a value for a key it already loaded or holds an error for, as DataLoader does not', async () => {
    const { l } = loader();
    await l.load('a');
    l.prime('a', 'primed later');
    await expect(Promise.resolve(l.loadNow('a'))).resolves.toBe('loaded:a');
    l.prime('e', new Error('gone'));
    l.prime('e', 'primed after the error');
    await expect(Promise.resolve(l.loadNow('e'))).rejects.toThrow('gone');
  });

  it('forgets a cleared key', async () => {
    const { l } = loader();
    l.prime('k', 'primed');
    l.clear('k');
    await expect(Promise.resolve(l.loadNow('k'))).resolves.toBe('loaded:k');
  });

  it('does not answer at once for a key primed with an error or a promise', async () => {
    const { l } = loader();
    l.prime('e', new Error('gone'));
    l.prime('p', Promise.resolve('later'));
    const failed = l.loadNow('e');
    expect(failed).toBeInstanceOf(Promise);
    await expect(failed).rejects.toThrow('gone');
    await expect(l.loadNow('p')).resolves.toBe('later');
  });
});

describe('thenNow', () => {
  it.each([
    ['a value', 2, 4],
    ['a promise', Promise.resolve(2), 4],
  ])('applies the function to %s', async (_what, input, expected) => {
    const out = thenNow(input, (v: number) => v * 2);
    if (input instanceof Promise) expect(out).toBeInstanceOf(Promise);
    else expect(out).toBe(expected);
    await expect(Promise.resolve(out)).resolves.toBe(expected);
  });
});
