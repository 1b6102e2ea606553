import { badInput } from '../services/errors';
import type { BriefRequest } from './brief.model';

/** The brief's subject as the GraphQL input and the CLI give it: exactly one of jurisdictions, units or platform. */
export interface BriefInputFields {
  jurisdictions?: readonly string[] | null;
  units?: readonly string[] | null;
  platform?: string | null;
  document?: string | null;
}

export const DEFAULT_JURISDICTIONS: [string, string] = ['重庆市', '四川省'];

function pair(field: 'jurisdictions' | 'units', values: readonly string[]): [string, string] {
  const clean = values.map((v) => v.trim()).filter((v) => v !== '');
  if (clean.length !== 2) throw badInput(field, `${field} needs exactly two names, got ${clean.length}`, { got: clean });
  const [a, b] = clean as [string, string];
  if (a === b) throw badInput(field, `${field} names the same ${field === 'units' ? 'unit' : 'jurisdiction'} twice: ${a}`);
  return [a, b];
}

/** Checks the input names one subject and turns it into a BriefRequest; anything else is BAD_USER_INPUT. */
export function toBriefRequest(input: BriefInputFields): BriefRequest {
  const given = (['jurisdictions', 'units', 'platform'] as const).filter((k) => {
    const v = input[k];
    return v !== null && v !== undefined && (typeof v === 'string' ? v.trim() !== '' : v.length > 0);
  });
  if (given.length === 0) throw badInput('input', 'A brief needs jurisdictions (two), units (two) or a platform');
  if (given.length > 1) throw badInput('input', `A brief is about one subject; the input names ${given.join(' and ')}`, { given });
  const document = input.document?.trim() || null;
  if (input.jurisdictions && input.jurisdictions.length > 0) return { kind: 'jurisdictions', jurisdictions: pair('jurisdictions', input.jurisdictions), document };
  if (input.units && input.units.length > 0) return { kind: 'units', units: pair('units', input.units), document };
  return { kind: 'platform', platform: (input.platform ?? '').trim(), document };
}
