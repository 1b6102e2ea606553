/**
 * Quantified targets: 到2025年，力争提供创新案例3个以上 → {year 2025, quantity 3, unit 个, comparator 以上, subject 创新案例}.
 */
import type { Target } from '../../model/parsed';
import { parseNumberToken } from './chinese-numerals';
import type { Composite } from './text';

// A target year: 到2025年, 至2025年底; a deadline without 到 (2025年底前, 2025年前, but not 2023年前三季度); 力争2026年.
// Group 1, 2 or 3.
// 力争2026年底前 is a deadline as 2026年底前 is (its own sentence only), not an open-ended 力争2026年.
const YEAR_RE =
  /(?:到|至)\s*(\d{4})\s*年(?:底|末|前)?|(\d{4})\s*年(?:底|末)?前(?![一二三四五六七八九十两半\d])|(?:力争|争取)\s*(?:在\s*)?(\d{4})\s*年(?:底|末)?(?![底末]?前)/g;
// 截至2023年底, …: where things stood when the plan was written, not where they are to go. Its counts, up to the end of
// its sentence or the next target year, are no targets; a 截至 after the plan's own year is a deadline.
const BASELINE_RE = /(?:截至|截止到?)\s*(\d{4})\s*年(?:底|末)?/g;
const SENTENCE_END = /[。；;！？!?\n]/;
// Longer units before their prefixes (万标箱 before 万, 万亿元 before 万): the first alternative that matches wins. 列 and 班列 count
// trains (中欧班列, 西部陆海新通道), 标箱 containers.
// A unit scaled by 万 or 亿 (10万户, 25万家) is one unit: the count is of 户, in 万.
const SCALED_UNITS = '(?:万亿|亿|万)(?:户|家|个|件|项|条|名|套|台|人次|人|吨|标箱|辆|班列|列|趟|平方米|元|美元)';
const COUNT_UNITS =
  SCALED_UNITS +
  '|个工作日|工作日|个月|个百分点|百分点|个小时|小时|分钟|车次|个|条|项|家|座|批|所|户|名|位|人次|人|场次|次|场|件|套|台|处|种|类|款|宗|万亿元|万亿美元|万亿|亿元|万元|亿美元|万美元|万吨|万人次|万人|万平方米|平方米|公里|千米|万标箱|标箱|万辆|辆|万班列|班列|万列|列|万趟|趟|架次|艘|吨|亿|万';
const COMPARATOR_AFTER = '以上|以下|左右|以内|及以上|内';
// A level to reach or not to pass (提高到60%, 稳定在5000列以上; 压缩至30小时以内, 控制在5%以内): kept as written, so that a
// reader of the comparator knows which. 累计 (a running total) belongs to it whichever verb follows (累计达到, 累计突破).
const COMPARATOR_BEFORE =
  '(?:累计)?(?:超过|不少于|不低于|不超过|力争达到|达到|突破|提高到|提高至|提升到|提升至|增长到|压缩到|压缩至|压减至|降低到|降低至|降至|稳定在|保持在|控制在|超)';
// 1,200 is one number: without the separator in the pattern it read as 200.
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)';
// 5—10家, 10%—15%: a range's lower figure (group 2, its % group 3) before the upper one.
const QUANTITY_RE = new RegExp(
  `(?:(${COMPARATOR_BEFORE})\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*([%％])?\\s*[—–－~～至]\\s*)?${NUMBER}\\s*(${COUNT_UNITS}|%)(?:\\s*(${COMPARATOR_AFTER}))?`,
  'g',
);
const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/;
// A change a plan sets out to make (增长, 降低 …): CHANGE_RIGHT_BEFORE with the figure right after the verb.
const CHANGE_VERBS = '增长|增加|提高|提升|降低|下降|减少|压缩|缩短';
const CHANGE = new RegExp(CHANGE_VERBS, 'u');
const CHANGE_RIGHT_BEFORE = new RegExp(`(?:${CHANGE_VERBS})$`, 'u');
// Where things stand, not where they are to go: a change 同比, 较上年, 今年以来, or in a sentence that names a year.
const PAST_CHANGE = /同比|较上年|上年|今年以来|\d{4}\s*年/u;
const TIME_UNITS: ReadonlySet<string> = new Set(['个小时', '小时', '分钟']);
const DOUBLING_RE = /翻\s*([一两二三])\s*番/gu;
const DOUBLINGS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3 };
/**
 * A threshold before what is counted (培育进出口额超10亿元企业50家): 超 and a count, then a short noun and the count the
 * target is. Only the second is a target.
 */
const THRESHOLD = /^(?:累计)?(?:超过?|达到)$/;
const COUNTED_AFTER_THRESHOLD = new RegExp(`^[\\u3400-\\u9fff]{1,12}(?:${COMPARATOR_BEFORE})?\\s*\\d+(?:\\.\\d+)?\\s*(?:${COUNT_UNITS})`);
/** Verbs and adverbs that open a target clause; what follows them is the thing counted. */
const LEADING_VERBS = '力争|争取|累计|新增|提供|打造|形成|培育|建成|建设|引进|引育|实现|完成|达到|探索|推动|开展|创建|认定|储备|总结|复制|推广|落地|取得|获批|新建|设立|打造成|培养';

/**
 * What opens a clause before the thing counted: verbs, and a target year in the clause itself (力争到2024年底跨境电商
 * 交易额突破…, 到2024年主要申报业务应用率达到…), in any order.
 */
// A point's own number (1．) opens no subject either, nor 年内 ("within the year").
const SUBJECT_OPENING = new RegExp(`^(?:[0-9０-９]{1,2}[.．、]\\s*|${LEADING_VERBS}|年内|(?:到|至|截至|截止到?)[0-9０-９]{4}年(?:底|末|前)?|[0-9０-９]{4}年(?:底|末)?前)+`);
/** A subject that is a rate of change and nothing else (年均增长, 同比增长): it says how, not what, grows. */
const RATE_ONLY = /^(?:年均|年|同比|平均)?(?:增长|增速|增幅|提高|提升|降低|下降|减少)$/u;
/** What a figure counts when the clause names it after the figure (…1,200公里以上铁路干线扩能): up to the clause's end. */
const FOLLOWING_SUBJECT = /^[\u3400-\u9fff“”]{2,16}(?=$|[，,；;。！？!?：:\n（(])/u;
/** Adverbs and 实现 between what is counted and the count (进出口总额力争突破100亿元, 进出口额实现翻一番). */
const TRAILING_ADVERBS = /(?:力争|争取|确保|预计|要|实现|分别)+$/;

/**
 * A sentence that grants support (对年进出口额首次突破1亿美元的企业，给予一次性奖励50万元，单个企业每年最高不超过300万元；按融资额
 * 的0.5%给予奖励) or sets money aside for the plan (区财政每年安排…专项资金不低于2000万元): its figures are thresholds,
 * amounts, caps and rates of the support, or the budget, inputs rather than goals.
 */
const SUPPORT = /给予|奖励|补贴|补助|资助|奖补|贴息|扶持资金/u;
/** Money set aside, in the figure's own clause only: 统筹用好专项资金，到2025年引进重大项目50个以上 keeps its goal. */
const BUDGET = /安排[^，,。；;]{0,30}?资金|专项资金/u;

/** The clause (up to ，) around `at`. */
function clauseAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text.charAt(start - 1))) start--;
  const rest = text.slice(at).search(CLAUSE_BREAK);
  return text.slice(start, rest < 0 ? text.length : at + rest);
}

/** The sentence (or ；-clause) around `at`. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(at).search(/[。；;\n]/);
  return text.slice(start, rest < 0 ? text.length : at + rest);
}

interface YearMarker {
  at: number;
  end: number;
  year: number;
  /** For a deadline (2025年底前): where its sentence ends, the last place it dates. */
  until?: number;
}

interface Count {
  index: number;
  length: number;
  before?: string;
  fromText?: string;
  numText: string;
  unit: string;
  after?: string;
}

/** The counts of the text in text order: 5个以上, 超过25万家, 30%, and 翻一番 (2 倍) or 翻两番 (4 倍). */
function countsOf(scan: string): Count[] {
  const counts: Count[] = [];
  for (const m of scan.matchAll(QUANTITY_RE)) {
    const unit = m[5] as string;
    // 同比增长8%至1200亿元 is a growth and a level, not a range: a lower figure in % bounds a range of %.
    const percentBelow = m[3] !== undefined;
    if (m[2] !== undefined && percentBelow && unit !== '%') {
      const lower = (m.index ?? 0) + m[0].indexOf(m[2] as string, m[1]?.length ?? 0);
      const upper = (m.index ?? 0) + m[0].indexOf(m[4] as string, lower - (m.index ?? 0) + (m[2] as string).length + 1);
      counts.push({ index: lower, length: (m[2] as string).length + 1, numText: m[2] as string, unit: '%', ...(m[1] === undefined ? {} : { before: m[1] }) });
      counts.push({ index: upper, length: (m.index ?? 0) + m[0].length - upper, numText: m[4] as string, unit, ...(m[6] === undefined ? {} : { after: m[6] }) });
      continue;
    }
    const count: Count = { index: m.index ?? 0, length: m[0].length, numText: m[4] as string, unit };
    if (m[1] !== undefined) count.before = m[1];
    if (m[2] !== undefined) count.fromText = m[2];
    if (m[6] !== undefined) count.after = m[6];
    counts.push(count);
  }
  for (const m of scan.matchAll(DOUBLING_RE)) {
    counts.push({ index: m.index ?? 0, length: m[0].length, numText: String(2 ** (DOUBLINGS[m[1] as string] ?? 1)), unit: '倍' });
  }
  return counts.sort((x, y) => x.index - y.index);
}

export interface YearContext {
  year?: number;
  /** The year the plan was issued (its document number's 〔2023〕): a 截至 up to it states where things stand. */
  issued?: number;
}

/** A figure given as part of a total (其中…): the total's subject and the parts, one per figure of a 分别 list. */
interface Share {
  whole?: string;
  parts: string[];
}

/**
 * The share a clause opens (其中出口达到200亿元, 其中，达州100亿元, 其中万州、达州、开州分别达到…), or undefined. `before`:
 * the text just before the clause; `whole`: the subject of the total before it in the same sentence.
 */
function shareOf(subjectRaw: string, before: string, whole: string | undefined): Share | undefined {
  if (!/^其中/u.test(subjectRaw) && !/其中[，,]\s*$/u.test(before)) return undefined;
  // Cleaned as a subject is, but whole: 年交易额超过1亿元的企业 is the part, not 企业.
  const part = subjectRaw
    .replace(/^其中[，,]?/u, '')
    .replace(new RegExp(`(?:${COMPARATOR_BEFORE})$`), '')
    .replace(SUBJECT_OPENING, '')
    .replace(TRAILING_ADVERBS, '')
    .replace(/(?:为|是)$/u, '');
  const parts = /分别/u.test(subjectRaw) ? part.split(/[、和及与]/u) : [part];
  return { ...(whole === undefined ? {} : { whole }), parts: parts.filter((p) => p.length > 0) };
}

function shareSubject(share: Share, index: number): string | undefined {
  const part = share.parts.length > 1 ? share.parts[index] : share.parts[0];
  if (share.whole === undefined) return part;
  return part === undefined ? share.whole : `${share.whole}（${part}）`;
}

/**
 * Targets in `text`. `ctx.year` carries a 到YYYY年 across paragraphs of one item or section until the
 * next one; a count needs a comparator (以上, 超过 …) or a target year, and a percentage needs the year; hours and minutes
 * need a comparator (压缩至30小时以内), as 72小时过境免签 and 1小时通勤圈 are no targets.
 */
export function findTargets(text: string, comp: Composite, ctx: YearContext = {}): Target[] {
  // Full-width digits (到２０２６年，…１２０项以上, ３０％) read as ASCII; one code unit each, so offsets hold and the quoted
  // text stays as written.
  const scan = text.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const years: YearMarker[] = [];
  YEAR_RE.lastIndex = 0;
  let ym: RegExpExecArray | null;
  while ((ym = YEAR_RE.exec(scan)) !== null) {
    const end = ym.index + ym[0].length;
    const year: YearMarker = { at: ym.index, end, year: Number(ym[1] ?? ym[2] ?? ym[3]) };
    // A deadline (2025年底前，…) dates its own sentence only; 到2027年 dates what follows until the next year.
    if (ym[2] !== undefined) {
      const stop = scan.slice(end).search(SENTENCE_END);
      year.until = stop < 0 ? scan.length : end + stop;
    }
    years.push(year);
  }
  const baselines: Array<{ at: number; end: number }> = [];
  BASELINE_RE.lastIndex = 0;
  while ((ym = BASELINE_RE.exec(scan)) !== null) {
    const year = Number(ym[1]);
    if (ctx.issued !== undefined && year > ctx.issued) continue;
    const from = ym.index + ym[0].length;
    const sentence = scan.slice(from).search(SENTENCE_END);
    const nextYear = years.find((y) => y.at >= from)?.at;
    const end = Math.min(sentence < 0 ? scan.length : from + sentence, nextYear ?? scan.length);
    baselines.push({ at: ym.index, end });
  }

  const out: Target[] = [];
  let yi = 0;
  let carried = ctx.year;
  let carriedMarker: YearMarker | undefined;
  let deadline: YearMarker | undefined;
  let previousEnd = -1;
  let listIndex = 0;
  let share: Share | undefined;
  const shares = new Set<Target>();
  const sentenceOf = new Map<Target, number>();
  const sentenceStart = (at: number): number => Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at));
  for (const m of countsOf(scan)) {
    while (yi < years.length && (years[yi] as YearMarker).at < m.index) {
      const y = years[yi] as YearMarker;
      if (y.until !== undefined) deadline = y;
      else {
        carried = y.year;
        carriedMarker = y;
        deadline = undefined;
      }
      yi++;
    }
    const inDeadline = deadline?.until !== undefined && m.index < deadline.until;
    const current = inDeadline ? deadline?.year : carried;
    const currentMarker = inDeadline ? deadline : carriedMarker;
    const { before, fromText, numText, unit, after } = m;
    const at = m.index;
    if (baselines.some((b) => b.at <= at && at < b.end)) continue;
    if (before !== undefined && THRESHOLD.test(before) && COUNTED_AFTER_THRESHOLD.test(scan.slice(at + m.length))) continue;
    if (SUPPORT.test(sentenceAround(scan, at)) || BUDGET.test(clauseAround(scan, at))) continue;
    // 分别达到20件、12件: a count right after the target before it, joined by 、, is counted the same way (a figure for each
    // of the places or things the sentence names).
    const previous = out[out.length - 1];
    const listed = previous !== undefined && previousEnd >= 0 && /^[、和及与\s]+$/u.test(scan.slice(previousEnd, at)) ? previous : undefined;
    // 达到50家以上: the word after the number says more (at least) than the verb before it.
    const comparator = after ?? before ?? listed?.comparator;
    const quantity = parseNumberToken(numText.replace(/,/g, ''));
    if (quantity === undefined) continue;
    const isArabic = /^\d/.test(numText);
    let clauseStart = m.index;
    while (clauseStart > 0 && !CLAUSE_BREAK.test(text.charAt(clauseStart - 1))) clauseStart--;
    // 出口增长20%, 降低企业物流成本10%以上, 占比提高5个百分点: a change to reach is a goal without a year too, when the
    // figure follows the verb or a comparator closes it.
    const ofShare = unit === '%' || unit.endsWith('百分点');
    const change =
      ofShare &&
      !PAST_CHANGE.test(scan.slice(sentenceStart(at) + 1, at)) &&
      (CHANGE_RIGHT_BEFORE.test(scan.slice(clauseStart, at)) || (after !== undefined && CHANGE.test(scan.slice(clauseStart, at))));
    if (unit === '%' || unit === '倍' ? current === undefined && !change : comparator === undefined && (current === undefined || !isArabic) && !change) continue;
    if (TIME_UNITS.has(unit) && comparator === undefined) continue;
    // 7×24小时: a span of service, no count.
    if (/[×xX*]\s*$/u.test(scan.slice(Math.max(0, at - 2), at))) continue;
    // 2025年 itself is a year, not a count.
    if (/^\d{4}$/.test(numText) && scan.charAt(m.index + m.length) === '年') continue;

    const subjectRaw = text.slice(clauseStart, m.index).replace(/\s+/g, '');
    let subject = subjectRaw.replace(new RegExp(`(?:${COMPARATOR_BEFORE})$`), '');
    const de = subject.lastIndexOf('的');
    if (de >= 0) subject = subject.slice(de + 1);
    subject = subject.replace(SUBJECT_OPENING, '').replace(TRAILING_ADVERBS, '');
    // 外贸进出口总额突破150亿元，年均增长12%以上: a rate alone grows what the target before it in the sentence counts.
    const lastTarget = out[out.length - 1];
    if (RATE_ONLY.test(subject) && lastTarget?.subject !== undefined && sentenceOf.get(lastTarget) === sentenceStart(m.index)) subject = lastTarget.subject + subject;
    // A clause that directly follows its 到YYYY年， is quoted with it, as the plan states it.
    let textStart = clauseStart;
    if (currentMarker && /^[，,\s]*$/.test(text.slice(currentMarker.end, clauseStart))) textStart = currentMarker.at;
    while (textStart < m.index && /\s/.test(text.charAt(textStart))) textStart++;
    const end = m.index + m.length;
    const target: Target = { text: text.slice(textStart, end), quantity, unit, span: comp.span(textStart, end) };
    if (current !== undefined) target.year = current;
    if (fromText !== undefined) target.quantityFrom = Number(fromText);
    if (comparator !== undefined) target.comparator = comparator;
    // 其中万州、达州、开州分别达到160亿元、100亿元、40亿元: each figure is part of the total before it in the sentence.
    if (!listed) {
      listIndex = 0;
      const sentence = sentenceStart(m.index);
      const whole = [...out].reverse().find((t) => !shares.has(t) && t.unit === unit && sentenceOf.get(t) === sentence)?.subject;
      share = shareOf(subjectRaw, text.slice(Math.max(0, clauseStart - 3), clauseStart), whole);
    } else listIndex++;
    if (share) {
      const part = shareSubject(share, listIndex);
      if (part !== undefined) target.subject = part;
      shares.add(target);
    } else if (listed?.subject !== undefined) target.subject = listed.subject;
    else if (subject) target.subject = subject;
    else {
      // 力争2026年底前实现1,200公里以上铁路干线扩能: nothing before the figure but its year and verb; what it counts follows it.
      const following = FOLLOWING_SUBJECT.exec(text.slice(end).replace(/^的/u, ''))?.[0];
      if (following) target.subject = following;
    }
    out.push(target);
    sentenceOf.set(target, sentenceStart(m.index));
    previousEnd = end;
  }
  for (; yi < years.length; yi++) if ((years[yi] as YearMarker).until === undefined) carried = (years[yi] as YearMarker).year;
  if (carried !== undefined) ctx.year = carried;
  return out;
}
