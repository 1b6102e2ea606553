import { itemKeyPart, type ParsedItem, type TableRow, type Target } from '../model/parsed';
import type { PreparedDocument } from './pipeline';

interface ItemJson {
  number: string;
  kind: ParsedItem['kind'];
  title: string;
  text: string;
  source: ParsedItem['span'];
  responsibilities: { asWritten: string; unit: string; jurisdiction: string; position: number; role: string }[];
  counterparts: { a: string; b: string; basis: string; line: string | null }[];
  subItems: ItemJson[];
  /** An attachment item's table row: its cells under their headers, and its deadline. */
  table?: TableRow;
}

function allTargets(item: ParsedItem): Target[] {
  return [...item.targets, ...item.subItems.flatMap(allTargets)];
}

/** The documented JSON of `npm run ingest -- --dry-run`: the parsed structure with resolved unit names. */
export function dryRunJson(docs: PreparedDocument[]): { documents: object[] } {
  return {
    documents: docs.map(({ file, parsed, resolution }) => {
      const byItem = new Map<string, typeof resolution.responsibilities>();
      for (const r of resolution.responsibilities) byItem.set(r.itemKey, [...(byItem.get(r.itemKey) ?? []), r]);
      const pairsByItem = new Map<string, typeof resolution.counterparts>();
      for (const c of resolution.counterparts) pairsByItem.set(c.itemKey, [...(pairsByItem.get(c.itemKey) ?? []), c]);
      // A measure's 1. and （1） sub-items, with the units named on them, nested under it as in the graph.
      const itemJson = (i: ParsedItem, key: string): ItemJson => ({
        number: i.number,
        kind: i.kind,
        title: i.title,
        text: i.text,
        source: i.span,
        responsibilities: (byItem.get(key) ?? []).map((r) => ({ asWritten: r.asWritten, unit: r.unit, jurisdiction: r.jurisdiction, position: r.position, role: r.role })),
        counterparts: (pairsByItem.get(key) ?? []).map((c) => ({ a: c.a, b: c.b, basis: c.basis, line: c.line ?? null })),
        subItems: i.subItems.map((sub) => itemJson(sub, `${key}/${itemKeyPart(sub)}`)),
        ...(i.table ? { table: i.table } : {}),
      });
      return {
        file,
        docNumber: parsed.docNumber,
        ...(parsed.otherDocNumbers.length > 0 ? { otherDocNumbers: parsed.otherDocNumbers } : {}),
        title: parsed.title,
        planTitle: parsed.planTitle,
        period: parsed.period ?? null,
        issuers: parsed.issuers,
        signedOn: parsed.signedOn ?? null,
        printedOn: parsed.printedOn ?? null,
        sections: parsed.sections.map((s) => ({ number: s.number, title: s.title, kind: s.kind, items: s.items.length })),
        measures: parsed.sections.flatMap((s) =>
          s.items.filter((i) => i.kind === 'MEASURE' || i.kind === 'ATTACHMENT_ITEM').map((i) => ({ section: s.number, ...itemJson(i, `${s.number}/${itemKeyPart(i)}`) })),
        ),
        targets: [...parsed.targets, ...parsed.sections.flatMap((s) => s.items.flatMap(allTargets))],
        warnings: [...parsed.warnings, ...resolution.warnings],
      };
    }),
  };
}
