import { AppError } from '../../../src/errors';
import { functionalLineKey, jurisdictionName, unitKind } from '../../../src/services/vocabulary';

/** Filter values against data/functional-lines.json: what the API accepts, and what it refuses with which code. */

const refusal = (f: () => unknown): { code: string; argument: unknown; suggestions?: unknown; allowed?: unknown } => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, ...(e.details as { argument: unknown }) };
    throw e;
  }
  throw new Error('accepted');
};

describe('jurisdictionName', () => {
  it.each([
    ['重庆市', '重庆市'],
    ['重庆', '重庆市'],
    ['四川', '四川省'],
    [' 四川省 ', '四川省'],
    ['永川', '永川区'],
    ['重庆市永川区', '永川区'],
    // A short name only the data file's place markers give.
    ['石柱', '石柱土家族自治县'],
    ['石柱县', '石柱土家族自治县'],
    ['石柱自治县', '石柱土家族自治县'],
    ['秀山', '秀山土家族苗族自治县'],
    ['泸州', '泸州市'],
    ['射洪', '射洪市'],
    ['北川县', '北川羌族自治县'],
    ['峨眉山', '峨眉山市'],
    ['内江市市中区', '内江市市中区'],
    ['乐山市市中区', '乐山市市中区'],
  ])('%s is %s', (value, expected) => expect(jurisdictionName(value, 'j')).toBe(expected));

  it.each([null, undefined, '', '  '])('%p is no filter', (value) => expect(jurisdictionName(value, 'j')).toBeNull());

  it('an unknown name is NOT_FOUND naming the argument, with the closest names', () => {
    const r = refusal(() => jurisdictionName('四川省省', 'filter.jurisdiction'));
    expect(r.code).toBe('NOT_FOUND');
    expect(r.argument).toBe('filter.jurisdiction');
    expect(r.suggestions).toContain('四川省');
  });

  it('市中区 alone is two places (内江\'s and 乐山\'s): NOT_FOUND, suggesting both', () => {
    const r = refusal(() => jurisdictionName('市中区', 'filter.jurisdiction'));
    expect(r.code).toBe('NOT_FOUND');
    expect(r.suggestions).toEqual(expect.arrayContaining(['内江市市中区', '乐山市市中区']));
  });

  it.each(['重庆县', '永川县', '石柱区'])('%s, a place with a suffix that does not fit it, is NOT_FOUND', (value) => {
    expect(refusal(() => jurisdictionName(value, 'j')).code).toBe('NOT_FOUND');
  });
});

describe('functionalLineKey', () => {
  it.each([
    ['customs', 'customs'],
    ['海关', 'customs'],
    ['Customs', 'customs'],
    ['CUSTOMS', 'customs'],
    ['人民银行', 'central_bank'],
  ])('%s is %s', (value, expected) => expect(functionalLineKey(value, 'l')).toBe(expected));

  it('an unknown line is BAD_USER_INPUT naming the argument and listing the keys', () => {
    const r = refusal(() => functionalLineKey('海关总署', 'filter.functionalLine'));
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.argument).toBe('filter.functionalLine');
    expect(r.allowed).toEqual(expect.arrayContaining(['customs', 'commerce', 'taxation']));
  });
});

describe('unitKind', () => {
  it.each([
    ['COURT', 'COURT'],
    ['court', 'COURT'],
    ['vertical_agency', 'VERTICAL_AGENCY'],
  ])('%s is %s', (value, expected) => expect(unitKind(value, 'k')).toBe(expected));

  it('an unknown kind is BAD_USER_INPUT naming the argument', () => {
    const r = refusal(() => unitKind('judge', 'filter.kind'));
    expect([r.code, r.argument]).toEqual(['BAD_USER_INPUT', 'filter.kind']);
  });
});
