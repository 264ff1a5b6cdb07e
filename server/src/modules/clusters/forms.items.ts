/** A unit in both languages. */
type Unit = { vi: string; en: string };

const U = {
  billion: { vi: 'Tỷ đồng', en: 'billion VND' },
  ha: { vi: 'ha', en: 'ha' },
  percent: { vi: '%', en: '%' },
  cluster: { vi: 'Cụm', en: 'clusters' },
  project: { vi: 'Dự án', en: 'projects' },
  people: { vi: 'Người', en: 'workers' },
  income: { vi: 'Triệu đồng/người/tháng', en: 'million VND per worker per month' },
  flag: { vi: '1 = có, 0 = không', en: '1 = yes, 0 = no' },
} as const satisfies Record<string, Unit>;

/** One item of a form: its number, names, unit; computed items are derived, never entered; ratios are never summed. */
export type FormItem = { code: string; vi: string; en: string; unit: Unit; computed?: boolean; ratio?: boolean; flag?: boolean; heading?: boolean };

/** Biểu 01: each enterprise operating in a cluster. */
export const FORM_01: readonly FormItem[] = [
  { code: '1', vi: 'Doanh thu', en: 'Revenue', unit: U.billion },
  { code: '2', vi: 'Nộp ngân sách nhà nước', en: 'State budget paid', unit: U.billion },
  { code: '3', vi: 'Số lao động có hợp đồng lao động', en: 'Workers with labour contracts', unit: U.people },
  { code: '4', vi: 'Thu nhập bình quân', en: 'Average income', unit: U.income, ratio: true },
];

/** Biểu 02: the cluster's infrastructure investor (14 items). */
export const FORM_02: readonly FormItem[] = [
  { code: '1', vi: 'Tổng vốn đầu tư hạ tầng kỹ thuật được phê duyệt', en: 'Approved infrastructure investment', unit: U.billion },
  { code: '2', vi: 'Vốn đầu tư hạ tầng kỹ thuật đã giải ngân', en: 'Disbursed infrastructure investment', unit: U.billion },
  { code: '3', vi: 'Diện tích đất công nghiệp đã có hạ tầng', en: 'Serviced industrial land', unit: U.ha },
  { code: '4', vi: 'Diện tích đất công nghiệp đã cho thuê', en: 'Leased industrial land', unit: U.ha },
  { code: '5', vi: 'Tỷ lệ lấp đầy', en: 'Occupancy', unit: U.percent, computed: true, ratio: true },
  { code: '6', vi: 'Số dự án thứ cấp', en: 'Secondary projects', unit: U.project },
  { code: '7', vi: 'Trong đó: dự án có vốn đầu tư nước ngoài', en: 'of which FDI', unit: U.project },
  { code: '8', vi: 'Trong đó: dự án đã đi vào hoạt động', en: 'of which operating', unit: U.project },
  { code: '9', vi: 'Doanh thu của chủ đầu tư hạ tầng', en: "Investor's revenue", unit: U.billion },
  { code: '10', vi: 'Nộp ngân sách nhà nước của chủ đầu tư', en: "Investor's state budget paid", unit: U.billion },
  { code: '11', vi: 'Số lao động của chủ đầu tư', en: "Investor's workers", unit: U.people },
  { code: '12', vi: 'Thu nhập bình quân', en: 'Average income', unit: U.income, ratio: true },
  {
    code: '13',
    vi: 'Trạm xử lý nước thải tập trung đã xây dựng hoặc đang xây dựng',
    en: 'Central wastewater plant built or under construction',
    unit: U.flag,
    flag: true,
  },
  { code: '14', vi: 'Trạm xử lý nước thải tập trung đạt quy chuẩn', en: 'Central wastewater plant meets the standard', unit: U.flag, flag: true },
];

/** Biểu 03 (per commune) and Biểu 04 (the province): 27 items, cumulative to the report date. */
export const FORM_03_04: readonly FormItem[] = [
  { code: 'I', vi: 'CỤM CÔNG NGHIỆP THEO PHƯƠNG ÁN PHÁT TRIỂN', en: 'CLUSTERS IN THE PLAN', unit: U.cluster, heading: true },
  { code: '1', vi: 'Số cụm công nghiệp trong phương án phát triển cụm công nghiệp', en: 'Clusters in the plan', unit: U.cluster },
  { code: '2', vi: 'Tổng diện tích quy hoạch', en: 'Planned area', unit: U.ha },
  { code: 'II', vi: 'CỤM CÔNG NGHIỆP ĐÃ THÀNH LẬP', en: 'ESTABLISHED CLUSTERS', unit: U.cluster, heading: true },
  { code: '3', vi: 'Số cụm công nghiệp đã thành lập (lũy kế)', en: 'Established clusters (cumulative)', unit: U.cluster },
  { code: '4', vi: 'Diện tích các cụm công nghiệp đã thành lập', en: 'Area of established clusters', unit: U.ha },
  { code: '5', vi: 'Số cụm công nghiệp thành lập trong kỳ', en: 'Clusters established in the period', unit: U.cluster },
  { code: '6', vi: 'Diện tích cụm công nghiệp thành lập trong kỳ', en: 'Area established in the period', unit: U.ha },
  { code: '7', vi: 'Số cụm công nghiệp có chủ đầu tư xây dựng hạ tầng kỹ thuật', en: 'Clusters with an infrastructure investor', unit: U.cluster },
  { code: '8', vi: 'Diện tích cụm công nghiệp có chủ đầu tư hạ tầng', en: 'Area of clusters with an investor', unit: U.ha },
  { code: '9', vi: 'Số cụm công nghiệp đã phê duyệt quy hoạch chi tiết', en: 'Clusters with an approved detailed plan', unit: U.cluster },
  { code: '10', vi: 'Diện tích cụm công nghiệp đã phê duyệt quy hoạch chi tiết', en: 'Area with an approved detailed plan', unit: U.ha },
  { code: '11', vi: 'Số cụm công nghiệp đã phê duyệt dự án đầu tư hạ tầng kỹ thuật', en: 'Clusters with an approved infrastructure project', unit: U.cluster },
  { code: '12', vi: 'Diện tích cụm công nghiệp đã phê duyệt dự án đầu tư hạ tầng', en: 'Area with an approved infrastructure project', unit: U.ha },
  { code: '13', vi: 'Tổng vốn đầu tư hạ tầng kỹ thuật được phê duyệt', en: 'Approved infrastructure investment', unit: U.billion },
  { code: '14', vi: 'Vốn đầu tư hạ tầng kỹ thuật đã thực hiện', en: 'Disbursed infrastructure investment', unit: U.billion },
  { code: 'III', vi: 'CỤM CÔNG NGHIỆP ĐÃ ĐI VÀO HOẠT ĐỘNG', en: 'OPERATING CLUSTERS', unit: U.cluster, heading: true },
  { code: '15', vi: 'Số cụm công nghiệp đang hoạt động', en: 'Operating clusters', unit: U.cluster },
  { code: '15.1', vi: 'Cụm công nghiệp đã thành lập', en: 'established', unit: U.cluster },
  { code: '15.2', vi: 'Cụm công nghiệp chưa thành lập', en: 'not yet established', unit: U.cluster },
  { code: '15.3', vi: 'Cụm công nghiệp làng nghề', en: 'craft-village clusters', unit: U.cluster },
  { code: '15.4', vi: 'Cụm công nghiệp chuyên ngành', en: 'specialised clusters', unit: U.cluster },
  { code: '16', vi: 'Diện tích cụm công nghiệp đang hoạt động', en: 'Area of operating clusters', unit: U.ha },
  { code: '16.1', vi: 'Cụm công nghiệp đã thành lập', en: 'established', unit: U.ha },
  { code: '16.2', vi: 'Cụm công nghiệp chưa thành lập', en: 'not yet established', unit: U.ha },
  { code: '16.3', vi: 'Cụm công nghiệp làng nghề', en: 'craft-village clusters', unit: U.ha },
  { code: '16.4', vi: 'Cụm công nghiệp chuyên ngành', en: 'specialised clusters', unit: U.ha },
  { code: '17', vi: 'Diện tích đất công nghiệp', en: 'Industrial land', unit: U.ha },
  { code: '18', vi: 'Diện tích đất công nghiệp đã cho thuê', en: 'Leased industrial land', unit: U.ha },
  { code: '19', vi: 'Tỷ lệ lấp đầy', en: 'Occupancy', unit: U.percent, computed: true, ratio: true },
  { code: '20', vi: 'Số dự án thứ cấp', en: 'Secondary projects', unit: U.project },
  { code: '21', vi: 'Số dự án có vốn đầu tư nước ngoài', en: 'FDI projects', unit: U.project },
  { code: '22', vi: 'Số dự án đã đi vào hoạt động', en: 'Operating projects', unit: U.project },
  { code: '23', vi: 'Doanh thu', en: 'Revenue', unit: U.billion },
  { code: '24', vi: 'Nộp ngân sách nhà nước', en: 'State budget paid', unit: U.billion },
  { code: '25', vi: 'Số lao động', en: 'Workers', unit: U.people },
  {
    code: '26',
    vi: 'Số cụm công nghiệp có trạm xử lý nước thải tập trung (đã xây dựng hoặc đang xây dựng)',
    en: 'Clusters with a central wastewater plant (built or under construction)',
    unit: U.cluster,
  },
  {
    code: '27',
    vi: 'Số cụm công nghiệp có trạm xử lý nước thải tập trung đạt quy chuẩn',
    en: 'Clusters whose central wastewater plant meets the standard',
    unit: U.cluster,
  },
];

/** The items of a form that carry values (headings excluded). */
export function valueItems(form: '01' | '02' | '03' | '04'): FormItem[] {
  const items = form === '01' ? FORM_01 : form === '02' ? FORM_02 : FORM_03_04;
  return items.filter((i) => !i.heading);
}

/** Form names in both languages. */
export const FORM_NAMES = {
  '01': { vi: 'Biểu 01 – Tình hình hoạt động của doanh nghiệp trong cụm công nghiệp', en: 'Form 01 – enterprise in a cluster' },
  '02': { vi: 'Biểu 02 – Tình hình đầu tư, kinh doanh hạ tầng cụm công nghiệp', en: 'Form 02 – infrastructure investor' },
  '03': { vi: 'Biểu 03 – Tình hình cụm công nghiệp trên địa bàn xã', en: 'Form 03 – clusters of a commune' },
  '04': { vi: 'Biểu 04 – Tình hình cụm công nghiệp trên địa bàn tỉnh', en: 'Form 04 – clusters of the province' },
} as const;
