import type { Database } from '../db';
import { badInput } from './errors';

export interface CountView {
  key: string;
  count: number;
}

export interface StatsView {
  nodes: CountView[];
  relationships: CountView[];
  measuresPerUnit: CountView[];
  measuresPerJurisdiction: CountView[];
}

export class StatsService {
  constructor(
    private readonly db: Database,
    private readonly maxPageSize: number,
  ) {}

  async stats(topUnits: number): Promise<StatsView> {
    if (!Number.isInteger(topUnits) || topUnits < 0 || topUnits > this.maxPageSize) throw badInput('topUnits', `topUnits must be 0…${this.maxPageSize}`);
    const [row] = await this.db.read<{ nodes: CountView[]; relationships: CountView[]; perUnit: CountView[]; perJurisdiction: CountView[] }>('get-stats', { topUnits });
    return {
      nodes: row?.nodes ?? [],
      relationships: row?.relationships ?? [],
      measuresPerUnit: row?.perUnit ?? [],
      measuresPerJurisdiction: row?.perJurisdiction ?? [],
    };
  }
}
