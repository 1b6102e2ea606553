/**
 * Resolved units: what unit resolution makes of the written names of a parsed document.
 * Pure data, no graph ids beyond the stable application ids defined in ./ids.ts.
 */
import type { JurisdictionRef } from './parsed';

export type UnitKind =
  /** A department of a local government (市商务委, 省商务厅, 区税务局 … no: 税务 is vertical). */
  | 'LOCAL_GOVERNMENT_DEPARTMENT'
  /** A local government or its general office (重庆市人民政府办公厅). */
  | 'GOVERNMENT'
  /** Vertically managed by a central ministry although it sits in a province (海关, 税务, 人行, 银保监, 证监, 民航, 邮政, 通信). */
  | 'VERTICAL_AGENCY'
  | 'COURT'
  /** A department of the central government (商务部, 海关总署, 国家发展改革委): named beside local units, partner to none. */
  | 'CENTRAL_DEPARTMENT'
  /** A people's procuratorate (市检察院, 区检察院): a judicial organ beside the courts, neither court nor government department. */
  | 'PROCURATORATE'
  | 'STATE_OWNED_ENTERPRISE'
  | 'PARK_AUTHORITY'
  /** A preparatory office or a working body (永川综保区筹办, 口岸物流办). */
  | 'OFFICE'
  /** A public institution (省知识产权中心, 省大数据中心). */
  | 'PUBLIC_INSTITUTION'
  /** An office of a Party committee (市委网信办, 市委金融办): not a government department, though plans list it among them. */
  | 'PARTY_ORGAN'
  /** A generic entry (市级有关部门, 各区县政府). */
  | 'GENERIC'
  | 'OTHER';

/** Every UnitKind, for validation (the data file, the API filters). */
export const UNIT_KINDS = [
  'LOCAL_GOVERNMENT_DEPARTMENT',
  'GOVERNMENT',
  'VERTICAL_AGENCY',
  'COURT',
  'CENTRAL_DEPARTMENT',
  'PROCURATORATE',
  'STATE_OWNED_ENTERPRISE',
  'PARK_AUTHORITY',
  'OFFICE',
  'PUBLIC_INSTITUTION',
  'PARTY_ORGAN',
  'GENERIC',
  'OTHER',
] as const satisfies readonly UnitKind[];

export interface ResolvedUnit {
  /** Canonical name: 重庆市商务委, 四川省商务厅, 永川区税务局, 人行永川中心支行. */
  name: string;
  /** Every written form seen, canonical name included. */
  aliases: string[];
  /** Jurisdiction name: 重庆市, 四川省, 永川区. */
  jurisdiction: string;
  /** Key of the functional line in data/functional-lines.json (customs, commerce, …), or null if unknown. */
  functionalLine: string | null;
  kind: UnitKind;
  /** For a district unit: the canonical name of the municipal unit of its line (永川海关 → 重庆海关). */
  parent?: string;
  /** Fuller official name when known (重庆市高法院 → 重庆市高级人民法院); informational, never used as a key. */
  officialName?: string;
}

export interface ResolvedResponsibility {
  /** Item key inside the document: `${sectionNumber}/${itemNumber}`. */
  itemKey: string;
  asWritten: string;
  unit: string;
  jurisdiction: string;
  listIndex: number;
  position: number;
  /** As the list's role in parsed.ts: 责任单位, 牵头单位, 配合单位. */
  role: 'RESPONSIBLE' | 'LEAD' | 'SUPPORTING';
  start: number;
  end: number;
}

/** SAME_OFFICE: two units of no known line whose names say the same office after their places (社保局 ↔ 社保局). */
export type PairingBasis = 'FUNCTIONAL_LINE' | 'SAME_OFFICE' | 'POSITION';

export interface CounterpartPair {
  itemKey: string;
  /** Canonical names; `a` is in the first list (重庆), `b` in the other. */
  a: string;
  b: string;
  basis: PairingBasis;
  /** The functional line both share, when basis is FUNCTIONAL_LINE. */
  line?: string;
}

export interface UnitResolution {
  units: ResolvedUnit[];
  responsibilities: ResolvedResponsibility[];
  counterparts: CounterpartPair[];
  /** Units of a measure left without a partner although the measure has two jurisdictions. */
  unpaired: { itemKey: string; unit: string }[];
  warnings: { line: number; message: string }[];
  /**
   * Units the document does not name but links to: the parents of its district units (重庆海关 for 永川海关)
   * that are not in `units`. Fully resolved so a loader can create them; `units` stays "units named here".
   */
  impliedUnits?: ResolvedUnit[];
  /** The issuing offices (doc.issuers) resolved as units, in order (重庆市人民政府办公厅, 四川省人民政府办公厅). */
  issuers?: ResolvedUnit[];
  /**
   * The jurisdiction of every unit above, and the ones it lies in, with the levels and parents the data file gives
   * (泸州市: CITY in 四川省), so that a unit of a place the document does not issue for still falls inside its province.
   */
  jurisdictions?: JurisdictionRef[];
  /**
   * Renames (data file) that involve a unit above, by either name: the loader links the two units when both are in the
   * graph, whichever document named the other.
   */
  renames?: { former: string; current: string; since: string | null }[];
}
