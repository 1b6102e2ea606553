import places from '../../../data/jurisdictions.json';
import type { CounterpartPair } from '../../model/units';
import type { JurisdictionLevel } from './functional-lines';

export interface PairingUnit {
  /** Canonical name. */
  unit: string;
  /** 0-based position in its list. */
  position: number;
  /** Functional line key, null when unknown. */
  line: string | null;
  /** Generic entries (市级有关部门) stand for no one unit: never paired, never reported unpaired. */
  generic?: boolean;
  /**
   * Administrative tier of the unit's jurisdiction (see `administrativeTier`): on one line, units of the same tier pair
   * first. Absent: any tier.
   */
  tier?: number;
  /** The unit's kind: position pairs only units of one kind (a city government is no port company's counterpart). */
  kind?: string;
  /**
   * The unit's name after its place (社保局 of 四川省社保局): units of no known line with the same office pair by it,
   * wherever they stand. Absent when the name does not begin with its place.
   */
  office?: string;
  /** The name of the unit's place (遂宁市): see `neighbours`. */
  place?: string;
}

/** Places that work as partners across the provincial line (data/jurisdictions.json `neighbours`), each with each. */
const NEIGHBOURS: ReadonlySet<string> = new Set(
  places.neighbours.flatMap((group) => group.flatMap((a) => group.filter((b) => b !== a).map((b) => `${a}\u0000${b}`))),
);

function neighbours(x: { place?: string }, y: { place?: string }): boolean {
  return x.place !== undefined && y.place !== undefined && NEIGHBOURS.has(`${x.place}\u0000${y.place}`);
}

/**
 * Peers across the provincial line: 1 for 重庆市 and 四川省 (and any province), 2 for a 四川 city and for a district or
 * county directly under 重庆 (永川区 works with 泸州市: 泸永江融合发展示范区), 3 for a county-level place under a city,
 * 0 for the State and for both provinces together.
 */
export function administrativeTier(level: JurisdictionLevel, parentLevel: JurisdictionLevel | undefined): number {
  switch (level) {
    case 'NATIONAL':
    case 'REGION':
      return 0;
    case 'PROVINCE':
    case 'MUNICIPALITY':
      return 1;
    case 'CITY':
      return 2;
    case 'DISTRICT':
    case 'COUNTY':
      return parentLevel === 'CITY' ? 3 : 2;
  }
}

export interface PairingResult {
  pairs: CounterpartPair[];
  unpaired: { itemKey: string; unit: string }[];
}

/**
 * Pairs the units of two jurisdictions' lists of one item.
 *
 * The functional line decides: every unit of list A is paired with every unit of list B on the same line, wherever
 * it stands (市规划自然资源局 ↔ 省自然资源厅). Of units without a line, those whose names say the same office after their
 * places pair next, also wherever they stand (省社保局 ↔ 市社保局). Position is only a fallback, because one province may name a unit the
 * other has not got and shift the order: a unit without a line partner is paired with the unit of B at the same
 * position only if that one has no line partner either, only when the two are of one kind, and only when the line of
 * one of them is unknown (two known lines that differ are two jobs). So in （十三） 市中新项目管理局 stays alone although
 * 省通信管理局 stands at its position: 省通信管理局 already has 市通信管理局.
 *
 * On a line, peers pair first: a unit with a partner of its own tier on the other side pairs with those only, so that
 * 重庆市商务委 pairs with 四川省商务厅 and not with the 泸州市商务局 named after it. Units of different tiers pair when
 * neither has a peer there (重庆市商务委 and 泸州市商务局 as the only commerce units of a measure). Within a tier, units of
 * one kind pair first in the same way: 重庆市委金融办 with 四川省委金融办 and 重庆市地方金融管理局 with 四川省地方金融管理局,
 * not each with each; a statistics bureau with a statistics bureau, a survey team with a survey team. Before the tier,
 * neighbouring places: in 遂宁市、内江市、泸州市医保局；潼南区、荣昌区、永川区、江津区医保局 遂宁 pairs with 潼南, 内江 with 荣昌,
 * 泸州 with 永川 and 江津 (data/jurisdictions.json `neighbours`), not each with each.
 */
export function pairCounterparts(itemKey: string, a: readonly PairingUnit[], b: readonly PairingUnit[]): PairingResult {
  const pairs: CounterpartPair[] = [];
  const seen = new Set<string>();
  const paired = new Set<PairingUnit>();
  const add = (x: PairingUnit, y: PairingUnit, pair: CounterpartPair): void => {
    paired.add(x);
    paired.add(y);
    const key = `${pair.a}\u0000${pair.b}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(pair);
  };
  const real = (u: PairingUnit): boolean => u.generic !== true;
  const as = a.filter(real);
  const bs = b.filter(real);

  const sameTier = (x: PairingUnit, y: PairingUnit): boolean => x.tier === undefined || y.tier === undefined || x.tier === y.tier;
  const sameKind = (x: PairingUnit, y: PairingUnit): boolean => x.kind === undefined || y.kind === undefined || x.kind === y.kind;
  // How near two units of one line are: one tier counts before one kind, and within a tier neighbouring places (遂宁市 and
  // 潼南区) before the others — only within a tier (潼南区法院's peer is 船山区法院, not 遂宁市中级人民法院), and only between
  // units that both have a neighbour on the other side: in 永川区商务委；泸州市商务局、成都市商务局 永川 pairs with 泸州, its
  // neighbour, and with 成都, which has none there.
  const hasNeighbour = (x: PairingUnit, others: readonly PairingUnit[]): boolean => others.some((y) => y.line === x.line && sameTier(x, y) && neighbours(x, y));
  const nearness = (x: PairingUnit, y: PairingUnit, byNeighbour: boolean): number =>
    (sameTier(x, y) ? 2 + (byNeighbour && neighbours(x, y) ? 4 : 0) : 0) + (sameKind(x, y) ? 1 : 0);
  const nearest = (x: PairingUnit, others: readonly PairingUnit[], byNeighbour: boolean): number =>
    Math.max(0, ...others.filter((y) => y.line === x.line).map((y) => nearness(x, y, byNeighbour)));
  const lineMatchedB = new Set<PairingUnit>();
  const lineMatchedA = new Set<PairingUnit>();
  for (const x of as) {
    if (x.line === null) continue;
    for (const y of bs) {
      if (y.line !== x.line) continue;
      const byNeighbour = hasNeighbour(x, bs) && hasNeighbour(y, as);
      const n = nearness(x, y, byNeighbour);
      if (n < nearest(x, bs, byNeighbour) || n < nearest(y, as, byNeighbour)) continue;
      lineMatchedA.add(x);
      lineMatchedB.add(y);
      add(x, y, { itemKey, a: x.unit, b: y.unit, basis: 'FUNCTIONAL_LINE', line: x.line });
    }
  }

  // Bodies the line table does not know (社保局, 就业局, 劳动人事争议仲裁院) are often named in another order by the other
  // province: the same office after the place is the same job, before any position counts.
  const officeMatched = new Set<PairingUnit>();
  for (const x of as) {
    if (x.line !== null || x.office === undefined) continue;
    const y = bs.find((v) => v.line === null && v.office === x.office && !officeMatched.has(v));
    if (!y) continue;
    officeMatched.add(x);
    officeMatched.add(y);
    add(x, y, { itemKey, a: x.unit, b: y.unit, basis: 'SAME_OFFICE' });
  }

  // A unit with a unit of its line on the other side, paired or left to its peers by tier, is never paired by position:
  // 泸州市商务局 beside 省商务厅 must not become 重庆市财政局's partner for standing where it stands.
  const onLine = (x: PairingUnit, others: readonly PairingUnit[]): boolean => x.line !== null && others.some((y) => y.line === x.line);
  const positionTaken = new Set<PairingUnit>();
  for (const x of as) {
    if (lineMatchedA.has(x) || onLine(x, bs) || officeMatched.has(x)) continue;
    const y = bs.find((u) => u.position === x.position);
    if (!y || lineMatchedB.has(y) || onLine(y, as) || positionTaken.has(y) || officeMatched.has(y)) continue;
    if (x.kind !== undefined && y.kind !== undefined && x.kind !== y.kind) continue;
    // Two units whose lines are both known and differ do different jobs, wherever they stand (人行四川省分行 against
    // 重庆金融监管局): position stands in only for a line the table does not know.
    if (x.line !== null && y.line !== null) continue;
    positionTaken.add(y);
    add(x, y, { itemKey, a: x.unit, b: y.unit, basis: 'POSITION' });
  }

  const unpaired: { itemKey: string; unit: string }[] = [];
  const reported = new Set<string>();
  for (const u of [...as, ...bs]) {
    if (paired.has(u) || reported.has(u.unit)) continue;
    // The same unit written twice in one list counts as paired if any of its mentions is.
    if ([...paired].some((p) => p.unit === u.unit)) continue;
    reported.add(u.unit);
    unpaired.push({ itemKey, unit: u.unit });
  }
  return { pairs, unpaired };
}
