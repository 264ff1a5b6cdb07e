/**
 * Sentence templates of the report in the official register, as pure functions of numbers. Each
 * template is a whole clause or sentence: fragments are never glued in a way that breaks grammar
 * ("tăng -3,1%" cannot occur: the direction word comes from the rounded sign).
 */
import { direction, formatNumber, formatPercent, midSentence, sentenceCase, type Lang } from './format';

/** How final a figure is. */
export type Status = 'estimate' | 'preliminary' | 'official' | null;

/** What a change is measured against. */
export type ChangeBase = { kind: 'yoy'; year: number; wholeYear?: boolean } | { kind: 'mom' };

const pct = (p: number, lang: Lang) => formatPercent(Math.abs(p), lang, { trim: true });

/** Joins items with commas and a final "và" / "and". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;
}

/**
 * A change clause: "ước tăng 9,63% so với cùng kỳ năm 2022", "giảm 3,1% so với tháng trước",
 * "bằng cùng kỳ năm 2022" / "up 9.63% year on year", "unchanged from the previous month".
 * "ước" only when `estimate`; English marks estimates on the verb instead.
 */
export function changeClause(percent: number, base: ChangeBase, lang: Lang, opts: { estimate?: boolean } = {}): string {
  const dir = direction(percent);
  if (lang === 'vi') {
    const against = base.kind === 'mom' ? 'tháng trước' : base.wholeYear ? `năm ${base.year}` : `cùng kỳ năm ${base.year}`;
    const est = opts.estimate ? 'ước ' : '';
    if (dir === 'flat') return `${est}bằng ${against}`;
    return `${est}${dir === 'up' ? 'tăng' : 'giảm'} ${pct(percent, lang)} so với ${against}`;
  }
  if (dir === 'flat') return base.kind === 'yoy' ? 'unchanged year on year' : 'unchanged from the previous month';
  return `${dir} ${pct(percent, lang)} ${base.kind === 'yoy' ? 'year on year' : 'on the previous month'}`;
}

/** A change without its base, for lists that state the base once: "tăng 5,2%" / "up 5.2%". */
export function changeWord(percent: number, lang: Lang, opts: { estimate?: boolean } = {}): string {
  const dir = direction(percent);
  if (lang === 'vi') {
    const est = opts.estimate ? 'ước ' : '';
    return dir === 'flat' ? `${est}không đổi` : `${est}${dir === 'up' ? 'tăng' : 'giảm'} ${pct(percent, lang)}`;
  }
  return dir === 'flat' ? 'unchanged' : `${dir} ${pct(percent, lang)}`;
}

/** A value with its unit in running text: "36.539 tỷ đồng", "589 triệu USD" / "36,539 billion VND". */
export function valueText(value: number, decimals: number, unit: string, lang: Lang): string {
  const n = formatNumber(value, decimals, lang, { trim: true });
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** ", đạt 42,98% kế hoạch năm" / ", reaching 42.98% of the annual plan"; nothing without a plan (never "đạt 0%"). */
export function planClause(planPercent: number | null, lang: Lang): string {
  if (planPercent === null) return '';
  return lang === 'vi' ? `, đạt ${pct(planPercent, lang)} kế hoạch năm` : `, reaching ${pct(planPercent, lang)} of the annual plan`;
}

/** A flow figure to put in words. */
export type FlowSentence = {
  name: string;
  periodText: string;
  value: number;
  decimals: number;
  unit: string;
  status: Status;
  mom?: number | null;
  yoy?: number | null;
  yoyYear: number;
  planPercent?: number | null;
  /** 'continuation' follows a sentence about the same indicator: "Tính chung …, ước đạt …". */
  subject: 'full' | 'continuation';
  /** The period is a whole year: compared "so với năm 2022", not "so với cùng kỳ". */
  wholeYear?: boolean;
};

function changes(p: { mom?: number | null; yoy?: number | null; yoyYear: number; wholeYear?: boolean }, lang: Lang, firstEstimate: boolean): string[] {
  const out: string[] = [];
  if (p.mom !== null && p.mom !== undefined) out.push(changeClause(p.mom, { kind: 'mom' }, lang, { estimate: firstEstimate && out.length === 0 }));
  if (p.yoy !== null && p.yoy !== undefined)
    out.push(changeClause(p.yoy, { kind: 'yoy', year: p.yoyYear, wholeYear: p.wholeYear }, lang, { estimate: firstEstimate && out.length === 0 }));
  return out;
}

/**
 * "Tổng mức bán lẻ … tháng 5/2023 ước đạt 7.479 tỷ đồng, tăng 0,79% so với tháng trước và tăng 9,7% so với
 * cùng kỳ năm 2022." / "Retail sales … in May 2023 reached an estimated 7,479 billion VND, up 0.79% on the
 * previous month and up 9.7% year on year."
 */
export function flowSentence(p: FlowSentence, lang: Lang): string {
  const estimate = p.status === 'estimate';
  const value = valueText(p.value, p.decimals, p.unit, lang);
  const list = changes(p, lang, false);
  const tail = `${list.length ? `, ${joinList(list, lang)}` : ''}${planClause(p.planPercent ?? null, lang)}.`;
  if (lang === 'vi') {
    const verb = estimate ? 'ước đạt' : 'đạt';
    return p.subject === 'full' ? `${p.name} ${p.periodText} ${verb} ${value}${tail}` : `Tính chung ${p.periodText}, ${verb} ${value}${tail}`;
  }
  const verb = estimate ? 'reached an estimated' : 'reached';
  return p.subject === 'full' ? `${p.name} in ${p.periodText} ${verb} ${value}${tail}` : `In ${p.periodText} the total ${verb} ${value}${tail}`;
}

/** An index figure to put in words (only its changes: an index is never summed). */
export type IndexSentence = {
  name: string;
  periodText: string;
  status: Status;
  mom?: number | null;
  yoy?: number | null;
  yoyYear: number;
  subject: 'full' | 'continuation';
  wholeYear?: boolean;
};

/**
 * "Chỉ số sản xuất công nghiệp tháng 5/2023 ước tăng 3,29% so với tháng trước và tăng 5,57% so với cùng kỳ năm 2022."
 * / "The industrial production index in May 2023 is estimated to be up 3.29% on the previous month and up 5.57% year on year."
 * Null when there is no change to state.
 */
export function indexSentence(p: IndexSentence, lang: Lang): string | null {
  const estimate = p.status === 'estimate';
  const list = changes(p, lang, lang === 'vi' && estimate);
  if (!list.length) return null;
  const body = joinList(list, lang);
  if (lang === 'vi') return p.subject === 'full' ? `${p.name} ${p.periodText} ${body}.` : `Tính chung ${p.periodText}, ${midSentence(p.name)} ${body}.`;
  const verb = estimate ? 'is estimated to be' : 'was';
  return p.subject === 'full'
    ? `The ${midSentence(p.name)} in ${p.periodText} ${verb} ${body}.`
    : `In ${p.periodText} the ${midSentence(p.name)} ${verb} ${body}.`;
}

/** "Cán cân thương mại 5 tháng đầu năm 2023 ước xuất siêu 303,3 triệu USD." / "The trade balance for … showed an estimated surplus of 303.3 million USD." */
export function balanceSentence(p: { periodText: string; value: number; decimals: number; unit: string; status: Status }, lang: Lang): string {
  const estimate = p.status === 'estimate';
  const dir = direction(p.value, p.decimals);
  const amount = valueText(Math.abs(p.value), p.decimals, p.unit, lang);
  if (lang === 'vi') {
    const est = estimate ? 'ước ' : '';
    if (dir === 'flat') return `Cán cân thương mại ${p.periodText} ${est}cân bằng.`;
    return `Cán cân thương mại ${p.periodText} ${est}${dir === 'up' ? 'xuất siêu' : 'nhập siêu'} ${amount}.`;
  }
  if (dir === 'flat') return `The trade balance for ${p.periodText} was ${estimate ? 'estimated to be ' : ''}even.`;
  return `The trade balance for ${p.periodText} showed ${estimate ? 'an estimated' : 'a'} ${dir === 'up' ? 'surplus' : 'deficit'} of ${amount}.`;
}

/** One part of a breakdown: its name as it stands mid-sentence, its change and, optionally, value and share. */
export type PartChange = { name: string; percent: number | null; status: Status; value?: number | null; share?: number | null };

/**
 * Changes of the parts of a total against the same period, base stated once:
 * "So với cùng kỳ năm 2022, chỉ số sản xuất 5 tháng đầu năm 2023 chia theo ngành cấp I: khai khoáng tăng 5,2%; …"
 */
export function partsChangeSentence(p: { lead: string; parts: PartChange[] }, lang: Lang): string | null {
  const items = p.parts.filter((x) => x.percent !== null).map((x) => `${x.name} ${changeWord(x.percent!, lang, { estimate: x.status === 'estimate' })}`);
  if (!items.length) return null;
  return `${p.lead}: ${items.join('; ')}.`;
}

/** The parts that moved most, up and down: "Một số ngành tăng cao: …. Một số ngành giảm: …." */
export function moversSentence(p: { risers: PartChange[]; fallers: PartChange[]; riseLead: string; fallLead: string }, lang: Lang): string | null {
  const fmt = (xs: PartChange[]) => xs.map((x) => `${x.name} ${changeWord(x.percent!, lang, { estimate: x.status === 'estimate' })}`).join(', ');
  const parts: string[] = [];
  if (p.risers.length) parts.push(`${p.riseLead}: ${fmt(p.risers)}.`);
  if (p.fallers.length) parts.push(`${p.fallLead}: ${fmt(p.fallers)}.`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * The components of a total with value and share: "Trong đó: bán lẻ hàng hóa 28.000 tỷ đồng (chiếm 76,63%, tăng 10,2%); …"
 * / "Of which: retail sales of goods 28,000 billion VND (76.63% of the total, up 10.2%); …"
 */
export function componentsSentence(p: { lead: string; parts: PartChange[]; decimals: number; unit: string }, lang: Lang): string | null {
  const items = p.parts
    .filter((x) => x.value !== null && x.value !== undefined)
    .map((x) => {
      const inner: string[] = [];
      if (x.share !== null && x.share !== undefined) inner.push(lang === 'vi' ? `chiếm ${pct(x.share, lang)}` : `${pct(x.share, lang)} of the total`);
      if (x.percent !== null) inner.push(changeWord(x.percent, lang, { estimate: x.status === 'estimate' }));
      return `${x.name} ${valueText(x.value!, p.decimals, p.unit, lang)}${inner.length ? ` (${inner.join(', ')})` : ''}`;
    });
  if (!items.length) return null;
  return `${p.lead}: ${items.join('; ')}.`;
}

/** How the cumulative actual stands against the growth scenario. */
export type WarningLevel = 'on_track' | 'watch' | 'at_risk' | 'off_track';

const WARNING: Record<Lang, Record<WarningLevel, string>> = {
  vi: { on_track: 'đúng tiến độ', watch: 'cần theo dõi', at_risk: 'có nguy cơ chậm tiến độ', off_track: 'chậm tiến độ' },
  en: { on_track: 'on track', watch: 'watch', at_risk: 'at risk', off_track: 'off track' },
};

/** The words for a warning level. */
export function warningText(level: WarningLevel, lang: Lang): string {
  return WARNING[lang][level];
}

/** "cao hơn kịch bản tăng trưởng 0,52 điểm phần trăm" / "0.52 percentage points above the growth scenario". */
export function gapClause(gapPoints: number, lang: Lang): string {
  const dir = direction(gapPoints);
  const g = formatNumber(Math.abs(gapPoints), 2, lang, { trim: true });
  if (lang === 'vi') return dir === 'flat' ? 'bằng kịch bản tăng trưởng' : `${dir === 'up' ? 'cao hơn' : 'thấp hơn'} kịch bản tăng trưởng ${g} điểm phần trăm`;
  return dir === 'flat' ? 'level with the growth scenario' : `${g} percentage points ${dir === 'up' ? 'above' : 'below'} the growth scenario`;
}

/** One indicator against its plan and scenario. */
export type PlanSentence = {
  name: string;
  ytdText: string;
  planPercent: number;
  plan: number;
  decimals: number;
  unit: string;
  gapPoints: number | null;
  warning: WarningLevel | null;
};

/**
 * "Tổng mức bán lẻ …: 5 tháng đầu năm 2023 đạt 42,98% kế hoạch năm (85.014 tỷ đồng), cao hơn kịch bản tăng trưởng
 * 0,52 điểm phần trăm (đúng tiến độ)."
 */
export function planSentence(p: PlanSentence, lang: Lang): string {
  const plan = valueText(p.plan, p.decimals, p.unit, lang);
  const gap = p.gapPoints === null ? '' : `, ${gapClause(p.gapPoints, lang)}${p.warning ? ` (${warningText(p.warning, lang)})` : ''}`;
  if (lang === 'vi') return `${p.name}: ${p.ytdText} đạt ${pct(p.planPercent, lang)} kế hoạch năm (${plan})${gap}.`;
  return `${p.name}: ${p.ytdText} reached ${pct(p.planPercent, lang)} of the annual plan (${plan})${gap}.`;
}

const COUNT_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'] as const;

/**
 * What the remaining months must grow over the same months last year to meet the plan:
 * "Để hoàn thành kế hoạch năm, 7 tháng còn lại cần tăng 8,2% so với cùng kỳ năm 2022."
 * A plan already met, or a required fall, is worded as such.
 */
export function requiredGrowthSentence(
  p: { remainingMonths: number; percent: number | null; planPercent: number | null; lastYear: number },
  lang: Lang,
): string | null {
  if (p.planPercent !== null && direction(p.planPercent - 100) !== 'down') {
    return lang === 'vi' ? 'Chỉ tiêu đã hoàn thành kế hoạch năm.' : 'The annual plan has already been met.';
  }
  if (p.remainingMonths < 1) return p.planPercent === null ? null : lang === 'vi' ? 'Chỉ tiêu không hoàn thành kế hoạch năm.' : 'The annual plan was not met.';
  if (p.percent === null) return null;
  const dir = direction(p.percent);
  if (lang === 'vi') {
    const who = `${p.remainingMonths} tháng còn lại`;
    if (dir === 'up') return `Để hoàn thành kế hoạch năm, ${who} cần tăng ${pct(p.percent, lang)} so với cùng kỳ năm ${p.lastYear}.`;
    if (dir === 'flat') return `Để hoàn thành kế hoạch năm, ${who} chỉ cần bằng cùng kỳ năm ${p.lastYear}.`;
    return `Để hoàn thành kế hoạch năm, ${who} chỉ cần đạt ${pct(100 + p.percent, lang)} so với cùng kỳ năm ${p.lastYear}.`;
  }
  const one = p.remainingMonths === 1;
  const who = one ? 'the remaining month' : `the remaining ${COUNT_EN[p.remainingMonths - 1]} months`;
  if (dir === 'up') return `To meet the annual plan, ${who} ${one ? 'needs' : 'need'} to grow ${pct(p.percent, lang)} year on year.`;
  if (dir === 'flat') return `To meet the annual plan, ${who} ${one ? 'needs' : 'need'} only to match ${p.lastYear}.`;
  return `To meet the annual plan, ${who} ${one ? 'needs' : 'need'} only to reach ${pct(100 + p.percent, lang)} of the level of ${p.lastYear}.`;
}

/**
 * Both year-end estimates, each named: "Dự ước cả năm 2023: phương án cơ sở (bình quân các tháng đã qua) 87.694 tỷ đồng,
 * bằng 103,15% kế hoạch; phương án mùa vụ (theo cơ cấu các tháng năm 2022) 88.501 tỷ đồng, bằng 104,1% kế hoạch."
 */
export function yearEndSentence(
  p: { year: number; base: number | null; seasonal: number | null; plan: number | null; decimals: number; unit: string },
  lang: Lang,
): string | null {
  const ofPlan = (v: number) =>
    p.plan !== null && p.plan > 0
      ? lang === 'vi'
        ? `, bằng ${pct((v / p.plan) * 100, lang)} kế hoạch`
        : `, ${pct((v / p.plan) * 100, lang)} of the plan`
      : '';
  const parts: string[] = [];
  if (p.base !== null) {
    const label = lang === 'vi' ? 'phương án cơ sở (bình quân các tháng đã qua)' : 'base case (the average month so far continues)';
    parts.push(`${label} ${valueText(p.base, p.decimals, p.unit, lang)}${ofPlan(p.base)}`);
  }
  if (p.seasonal !== null) {
    const label = lang === 'vi' ? `phương án mùa vụ (theo cơ cấu các tháng năm ${p.year - 1})` : `seasonal case (the monthly pattern of ${p.year - 1} repeats)`;
    parts.push(`${label} ${valueText(p.seasonal, p.decimals, p.unit, lang)}${ofPlan(p.seasonal)}`);
  }
  if (!parts.length) return null;
  return lang === 'vi' ? `Dự ước cả năm ${p.year}: ${parts.join('; ')}.` : `Year-end estimate for ${p.year}: ${parts.join('; ')}.`;
}

/** "Chưa có số liệu kim ngạch nhập khẩu hàng hóa tháng 5/2023." / "No figure yet for imports of goods in May 2023." */
export function missingSentence(name: string, periodText: string, lang: Lang): string {
  return lang === 'vi' ? `Chưa có số liệu ${midSentence(name)} ${periodText}.` : `No figure yet for the ${midSentence(name)} in ${periodText}.`;
}

/** Capitalised first letter, re-exported for templates that start with a name. */
export { sentenceCase };
