import { describe, expect, it } from 'vitest';
import { isTaxCode, parseTaxCode, withCheckDigit } from './enterprises.tax-code';
import { containsPattern, normaliseSearch } from './enterprises.text';

describe('parseTaxCode', () => {
  it('accepts real ten-digit codes whose check digit holds', () => {
    for (const code of ['0300588569', '0100109106', '0101248141']) expect(parseTaxCode(code)).toEqual({ ok: true, taxCode: code });
  });
  it('refuses a wrong check digit, naming the code', () => {
    const parsed = parseTaxCode('0300588568');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toContain('check digit');
  });
  it('accepts a branch code with or without the dash and returns the dashed form', () => {
    expect(parseTaxCode('0300588569-001')).toEqual({ ok: true, taxCode: '0300588569-001' });
    expect(parseTaxCode('0300588569001')).toEqual({ ok: true, taxCode: '0300588569-001' });
  });
  it('refuses other shapes and the 000 branch', () => {
    for (const bad of ['12345', '03005885690', '0300588569-01', 'abc', '0300588569-000']) expect(parseTaxCode(bad).ok).toBe(false);
  });
  it('completes nine digits with their check digit', () => {
    expect(withCheckDigit('030058856')).toBe('0300588569');
    expect(isTaxCode(withCheckDigit('290012345') ?? '')).toBe(true);
  });
});

describe('normaliseSearch', () => {
  it('strips accents, đ and case', () => {
    expect(normaliseSearch('Cụm Công nghiệp  Đông Hồi')).toBe('cum cong nghiep dong hoi');
    expect(normaliseSearch('NGHỆ AN')).toBe('nghe an');
  });
  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
