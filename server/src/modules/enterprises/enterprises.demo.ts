import type { Db } from '../../database';
import { createEnterprise } from './enterprises.service';
import type { Ownership } from './enterprises.tables';

type DemoEnterprise = [taxCode: string, name: string, vsic: string, ownership: Ownership, communeCode: string, address: string];

/** Demo enterprises of Nghệ An (40): invented names, valid tax codes, invented post-2025 commune codes. */
const DEMO: DemoEnterprise[] = [
  ['2910001136', 'Công ty CP Đầu tư và Phát triển Hạ tầng Vinh', 'F4290', 'private', '16681', 'Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2910080321', 'Công ty CP Xây dựng và Hạ tầng Nghi Lộc', 'F4290', 'private', '17245', 'Xã Nghi Lộc'],
  ['2910159518', 'Công ty TNHH Phát triển Hạ tầng Công nghiệp Diễn Châu', 'F4290', 'private', '16921', 'Xã Diễn Châu'],
  ['2910238706', 'Công ty CP Đầu tư Công viên Gỗ Tân Kỳ', 'F4290', 'private', '17005', 'Xã Tân Kỳ'],
  ['2910317891', 'Công ty CP Hạ tầng Công nghiệp Yên Thành', 'F4290', 'private', '16843', 'Xã Yên Thành'],
  ['2910397086', 'Công ty TNHH Đầu tư Phát triển Đô Lương', 'F4290', 'private', '17101', 'Xã Đô Lương'],
  ['2910476274', 'Công ty CP Phát triển Cụm công nghiệp Nghi Long', 'F4290', 'private', '17245', 'Xã Nghi Lộc'],
  ['2910555462', 'Công ty TNHH May Minh Anh Vinh', 'C1410', 'private', '16681', 'Lô A3, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2910634650', 'Công ty TNHH Gỗ Thành Đạt Nghệ An', 'C1610', 'private', '17551', 'Cụm công nghiệp làng nghề Nam Thanh, xã Nam Đàn'],
  ['2910713849', 'Công ty CP Thực phẩm Sữa Phủ Quỳ', 'C1050', 'private', '16921', 'Cụm công nghiệp Diễn Hồng, xã Diễn Châu'],
  ['2910793033', 'Công ty TNHH Bao bì Nam Việt Nghệ An', 'C1702', 'private', '17245', 'Cụm công nghiệp Nghi Phong, xã Nghi Lộc'],
  ['2910872221', 'Công ty TNHH Điện tử Hanwa Vina', 'C2610', 'fdi', '16681', 'Lô B1, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2911030605', 'Công ty CP Bê tông và Xây lắp Hưng Nguyên', 'C2395', 'private', '16921', 'Cụm công nghiệp Diễn Hồng, xã Diễn Châu'],
  ['2911109799', 'Công ty TNHH Cơ khí Chính xác Vinh', 'C2592', 'private', '16681', 'Lô A7, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2911188984', 'Công ty TNHH Giày da Shoemax Việt Nam', 'C1520', 'fdi', '17245', 'Cụm công nghiệp Nghi Phong, xã Nghi Lộc'],
  ['2911268171', 'Hợp tác xã Mộc Nam Thanh', 'C1622', 'cooperative', '17551', 'Cụm công nghiệp làng nghề Nam Thanh, xã Nam Đàn'],
  ['2911426558', 'Hộ kinh doanh Nguyễn Văn Hải (đồ gỗ mỹ nghệ)', 'C1629', 'household', '17551', 'Xóm 3, xã Nam Đàn'],
  ['2911505746', 'Công ty TNHH Chế biến Nông sản Diễn Châu', 'C1030', 'private', '16921', 'Cụm công nghiệp Diễn Hồng, xã Diễn Châu'],
  ['2911584931', 'Công ty CP Nhựa Bắc Trung Bộ', 'C2220', 'private', '16681', 'Lô C2, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2911664129', 'Công ty TNHH Thức ăn Chăn nuôi Hồng Hà', 'C1080', 'private', '17245', 'Cụm công nghiệp Nghi Phong, xã Nghi Lộc'],
  ['2911743317', 'Công ty TNHH Dệt kim Vinatex Nghi Lộc', 'C1391', 'state', '17245', 'Cụm công nghiệp Nghi Phong, xã Nghi Lộc'],
  ['2911822505', 'Công ty TNHH Kính an toàn Phương Bắc', 'C2310', 'private', '16681', 'Lô C5, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
  ['2911901690', 'Công ty TNHH Linh kiện Ô tô Kosei Việt Nam', 'C2930', 'fdi', '17245', 'Cụm công nghiệp Nghi Phong, xã Nghi Lộc'],
  ['2911980886', 'Công ty CP Gạch ngói Diễn Hồng', 'C2392', 'private', '16921', 'Cụm công nghiệp Diễn Hồng, xã Diễn Châu'],
  ['2912060070', 'Công ty TNHH Ván ép Tân Kỳ', 'C1621', 'private', '17005', 'Cụm công nghiệp Tân Kỳ, xã Tân Kỳ'],
  ['2912139267', 'Công ty TNHH Viên nén Gỗ Sông Lam', 'C1629', 'private', '17551', 'Cụm công nghiệp làng nghề Nam Thanh, xã Nam Đàn'],
  ['2912218455', 'Hợp tác xã Nước mắm Diễn Bích', 'C1020', 'cooperative', '16921', 'Cụm công nghiệp Diễn Hồng, xã Diễn Châu'],
  ['2912297640', 'Công ty TNHH In và Bao bì Hưng Thịnh', 'C1811', 'private', '16681', 'Lô D1, Cụm công nghiệp Hưng Đông, phường Vinh Hưng'],
];

/** Tax codes the demo accounts report for: `reporter` and `tenant` (tenant enterprises), the investor of the first cluster. */
export const DEMO_TAX_CODES = { reporter: '2910555462', tenant: '2911109799', investor: '2910001136' } as const;

/** Loads the demo enterprises of Nghệ An (marked demo). */
export async function seedEnterprisesDemo(db: Db) {
  for (const [taxCode, name, vsic, ownership, communeCode, address] of DEMO) {
    await createEnterprise(db, null, '40', { taxCode, name, vsic, ownership, communeCode, address, status: 'active', demo: true });
  }
  return DEMO.length;
}
