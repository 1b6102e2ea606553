import { withoutStackCapture } from '../../../src/db/no-stack-capture';

describe('withoutStackCapture', () => {
  const before = Error.stackTraceLimit;
  afterEach(() => {
    Error.stackTraceLimit = before;
  });

  it('builds errors without frames inside and restores the limit after', () => {
    const inner = withoutStackCapture(() => new Error('inside'));
    expect(inner.stack).toBe('Error: inside');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('outside').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('restores the limit when the work throws, and passes the error on', () => {
    Error.stackTraceLimit = 7;
    expect(() =>
      withoutStackCapture(() => {
        throw new RangeError('bad');
      }),
    ).toThrow(RangeError);
    expect(Error.stackTraceLimit).toBe(7);
  });

  it('returns what the work returns', () => {
    const promise = Promise.resolve(42);
    expect(withoutStackCapture(() => promise)).toBe(promise);
  });
});
