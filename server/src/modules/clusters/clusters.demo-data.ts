import type { InfrastructureInput } from './infrastructure.service';
import type { ClusterType, TenantStatus } from './clusters.tables';

/** A demo tenant project. */
export type DemoTenant = [
  taxCode: string,
  project: string,
  vsic: string,
  ha: number,
  registered: number,
  disbursed: number,
  workers: number,
  status: TenantStatus,
  signedOn: string,
  operatingFrom: string | null,
  stoppedOn?: string,
];
/** A demo cluster with its stage dates, land, investor, infrastructure and tenants. */
export type DemoCluster = {
  code: string;
  name: string;
  commune: [code: string, name: string];
  type: ClusterType;
  plannedHa: number;
  stages: string[];
  land?: [total: number, industrial: number];
  /** The council's group scores (15 / 15 / 30 / 40; the total is their sum), investment and owner's equity (tỷ đồng). */
  investor?: [taxCode: string, groups: [number, number, number, number], total: number, disbursed: number, equity: number];
  infrastructure?: InfrastructureInput[];
  tenants?: DemoTenant[];
  point: [number, number];
};

const wwtp = (capacity: number, status: InfrastructureInput['status'], meetsStandard: boolean | null): InfrastructureInput => ({
  kind: 'wastewater_plant',
  name: 'Trạm xử lý nước thải tập trung',
  capacity,
  status,
  meetsStandard,
});
const road = (km: number, status: InfrastructureInput['status'] = 'operating'): InfrastructureInput => ({
  kind: 'road',
  name: 'Đường giao thông nội bộ',
  capacity: km,
  unit: 'km',
  status,
});
const power = (kva: number): InfrastructureInput => ({ kind: 'power', name: 'Trạm biến áp', capacity: kva, unit: 'kVA', status: 'operating' });

/** Demo clusters of Nghệ An: invented names and commune codes (post-2025 communes), stage dates in order. */
export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    code: 'CCN-40-001',
    name: 'Cụm công nghiệp Hưng Đông',
    commune: ['16681', 'Phường Vinh Hưng'],
    type: 'general',
    plannedHa: 48,
    point: [105.676, 18.716],
    stages: ['2016-05-10', '2017-08-15', '2018-03-20', '2018-11-05', '2019-06-01', '2021-01-15'],
    land: [48, 35.2],
    investor: ['2910001136', [13, 12.5, 25, 31.5], 210, 205, 42],
    infrastructure: [
      road(3.2),
      power(5000),
      { kind: 'water', name: 'Cấp nước sạch', capacity: 1800, unit: 'm3/day', status: 'operating' },
      wwtp(1500, 'operating', true),
    ],
    tenants: [
      ['2910555462', 'Nhà máy may Minh Anh', 'C1410', 4.5, 85, 80, 850, 'operating', '2020-09-10', '2021-05-01'],
      ['2910872221', 'Nhà máy linh kiện điện tử Hanwa Vina', 'C2610', 6.8, 420, 390, 1200, 'operating', '2021-02-20', '2022-03-01'],
      ['2911109799', 'Xưởng cơ khí chính xác Vinh', 'C2592', 2.1, 45, 40, 160, 'operating', '2021-03-15', '2021-10-01'],
      ['2911584931', 'Nhà máy nhựa Bắc Trung Bộ', 'C2220', 3.6, 70, 65, 210, 'operating', '2021-11-01', '2022-07-15'],
      ['2912297640', 'Xưởng in và bao bì Hưng Thịnh', 'C1811', 1.8, 30, 28, 95, 'operating', '2022-05-12', '2023-02-01'],
      ['2911822505', 'Nhà máy kính an toàn Phương Bắc', 'C2310', 3.2, 95, 35, 0, 'investing', '2025-10-01', null],
      ['2910793033', 'Xưởng bao bì carton (cũ)', 'C1702', 2.0, 25, 25, 0, 'stopped', '2021-01-10', '2021-09-01', '2025-08-31'],
    ],
  },
  {
    code: 'CCN-40-002',
    name: 'Cụm công nghiệp Nghi Phong',
    commune: ['17245', 'Xã Nghi Lộc'],
    type: 'supporting',
    plannedHa: 60,
    point: [105.645, 18.805],
    stages: ['2016-05-10', '2017-12-01', '2018-07-12', '2019-03-01', '2019-09-10', '2020-03-01'],
    land: [60, 42],
    investor: ['2910080321', [12, 12, 23, 29.5], 320, 260, 64],
    infrastructure: [road(4.1), power(8000), wwtp(2000, 'under_construction', null)],
    tenants: [
      ['2911743317', 'Nhà máy dệt kim Vinatex Nghi Lộc', 'C1391', 8, 150, 150, 1500, 'operating', '2019-10-01', '2020-04-01'],
      ['2911188984', 'Nhà máy giày da Shoemax', 'C1520', 10.5, 600, 520, 3200, 'operating', '2020-06-15', '2021-08-01'],
      ['2911901690', 'Nhà máy linh kiện ô tô Kosei', 'C2930', 6, 350, 120, 40, 'investing', '2025-03-15', null],
      ['2911664129', 'Nhà máy thức ăn chăn nuôi Hồng Hà', 'C1080', 4, 120, 118, 180, 'operating', '2019-04-01', '2019-11-01'],
      ['2910793033', 'Nhà máy bao bì Nam Việt', 'C1702', 2.5, 40, 38, 140, 'operating', '2025-02-01', '2025-10-01'],
    ],
  },
  {
    code: 'CCN-40-003',
    name: 'Cụm công nghiệp Diễn Hồng',
    commune: ['16921', 'Xã Diễn Châu'],
    type: 'general',
    plannedHa: 50,
    point: [105.597, 19.012],
    stages: ['2012-09-20', '2013-10-15', '2014-06-10', '2015-01-20', '2015-08-01', '2018-06-01'],
    land: [50, 36],
    investor: ['2910159518', [11, 11.5, 21.5, 27], 180, 176, 30],
    infrastructure: [road(2.8), power(4000), wwtp(1200, 'operating', false)],
    tenants: [
      ['2911505746', 'Nhà máy chế biến nông sản Diễn Châu', 'C1030', 5, 90, 85, 320, 'operating', '2018-10-01', '2019-05-01'],
      ['2911980886', 'Nhà máy gạch ngói Diễn Hồng', 'C2392', 6.5, 60, 60, 150, 'operating', '2018-06-15', '2018-09-01'],
      ['2912218455', 'Xưởng nước mắm Diễn Bích', 'C1020', 1.2, 5, 5, 35, 'operating', '2019-08-01', '2020-01-15'],
      ['2910713849', 'Nhà máy sữa Phủ Quỳ', 'C1050', 7.3, 260, 250, 410, 'operating', '2020-05-01', '2021-03-01'],
      ['2911030605', 'Trạm trộn bê tông Hưng Nguyên', 'C2395', 3, 35, 35, 70, 'operating', '2021-12-01', '2022-06-01'],
    ],
  },
  {
    code: 'CCN-40-004',
    name: 'Cụm công nghiệp làng nghề Nam Thanh',
    commune: ['17551', 'Xã Nam Đàn'],
    type: 'craft_village',
    plannedHa: 15,
    point: [105.49, 18.69],
    stages: ['2016-05-10', '2017-04-18', '2017-11-02', '2018-01-15', '2018-02-01', '2018-03-15'],
    land: [15, 11],
    infrastructure: [road(1.1)],
    tenants: [
      ['2911268171', 'Xưởng mộc HTX Nam Thanh', 'C1622', 2.4, 8, 8, 60, 'operating', '2018-02-10', '2018-04-01'],
      ['2911426558', 'Xưởng đồ gỗ mỹ nghệ Nguyễn Văn Hải', 'C1629', 0.6, 1.5, 1.5, 12, 'operating', '2018-11-01', '2019-01-01'],
      ['2910634650', 'Nhà máy chế biến gỗ Thành Đạt', 'C1610', 3.1, 25, 22, 85, 'operating', '2020-01-15', '2020-07-01'],
      ['2912139267', 'Nhà máy viên nén gỗ Sông Lam', 'C1629', 2.2, 30, 30, 45, 'operating', '2022-09-01', '2023-05-01'],
    ],
  },
  {
    code: 'CCN-40-005',
    name: 'Cụm công nghiệp Tân Kỳ',
    commune: ['17005', 'Xã Tân Kỳ'],
    type: 'specialised',
    plannedHa: 40,
    point: [105.27, 18.98],
    stages: ['2021-11-30', '2023-05-10', '2023-12-22', '2024-08-01', '2025-04-15'],
    land: [40, 28],
    investor: ['2910238706', [10, 10, 19, 25], 260, 95, 45],
    infrastructure: [road(2.5, 'under_construction'), wwtp(1000, 'planned', null)],
    tenants: [
      ['2912060070', 'Nhà máy ván ép Tân Kỳ', 'C1621', 5, 110, 40, 0, 'investing', '2025-06-01', null],
      ['2910634650', 'Nhà máy gỗ Thành Đạt – giai đoạn 2', 'C1610', 3.5, 60, 10, 0, 'investing', '2026-02-10', null],
    ],
  },
  {
    code: 'CCN-40-006',
    name: 'Cụm công nghiệp Yên Thành',
    commune: ['16843', 'Xã Yên Thành'],
    type: 'general',
    plannedHa: 45,
    point: [105.46, 19.0],
    stages: ['2021-11-30', '2024-09-05', '2025-05-20', '2025-11-10'],
    land: [45, 33],
    investor: ['2910317891', [9, 9.5, 17, 23], 240, 30, 36],
  },
  {
    code: 'CCN-40-007',
    name: 'Cụm công nghiệp Đô Lương',
    commune: ['17101', 'Xã Đô Lương'],
    type: 'general',
    plannedHa: 35,
    point: [105.3, 18.9],
    stages: ['2021-11-30', '2025-06-18', '2026-01-22'],
    investor: ['2910397086', [8.5, 8, 16.5, 22], 190, 0, 38],
  },
  {
    code: 'CCN-40-008',
    name: 'Cụm công nghiệp Nghi Long',
    commune: ['17245', 'Xã Nghi Lộc'],
    type: 'supporting',
    plannedHa: 30,
    point: [105.6, 18.83],
    stages: ['2021-11-30', '2026-03-20'],
    investor: ['2910476274', [11, 10.5, 20, 26.5], 230, 0, 46],
  },
  {
    code: 'CCN-40-009',
    name: 'Cụm công nghiệp sinh thái Nghĩa Đàn',
    commune: ['16735', 'Xã Nghĩa Đàn'],
    type: 'eco',
    plannedHa: 25,
    point: [105.43, 19.33],
    stages: ['2024-12-25'],
  },
];
