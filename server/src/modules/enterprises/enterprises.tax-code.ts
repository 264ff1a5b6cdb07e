/** Weights of the first nine digits in the tax-code check digit (General Department of Taxation rule). */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Why a tax code was refused, in both languages. */
export type TaxCodeProblem = { vi: string; en: string };

/** The check digit for the first nine digits, or null when no valid code starts with them (remainder 0). */
export function taxCodeCheckDigit(nineDigits: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(nineDigits[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

/**
 * Parses a Vietnamese tax code (mã số thuế): 10 digits, or 13 as `0123456789-001` (dash optional on input),
 * with the tenth digit checked. Returns the canonical form (`0123456789` or `0123456789-001`) or a problem.
 */
export function parseTaxCode(raw: string): { ok: true; taxCode: string } | { ok: false; problem: TaxCodeProblem } {
  const value = raw.trim().replace(/\s+/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(value);
  if (!match) {
    return {
      ok: false,
      problem: { vi: `Mã số thuế "${raw}" phải có 10 chữ số hoặc dạng 0123456789-001`, en: `Tax code "${raw}" must have 10 digits or the form 0123456789-001` },
    };
  }
  const [, base, branch] = match as unknown as [string, string, string | undefined];
  if (taxCodeCheckDigit(base.slice(0, 9)) !== Number(base[9])) {
    return { ok: false, problem: { vi: `Mã số thuế "${raw}" sai chữ số kiểm tra`, en: `Tax code "${raw}" fails its check digit` } };
  }
  if (branch === '000') {
    return { ok: false, problem: { vi: `Mã đơn vị phụ thuộc "000" không hợp lệ`, en: `Branch suffix "000" is not valid` } };
  }
  return { ok: true, taxCode: branch ? `${base}-${branch}` : base };
}

/** True when the string is a valid tax code in canonical form. */
export function isTaxCode(value: string): boolean {
  const parsed = parseTaxCode(value);
  return parsed.ok && parsed.taxCode === value;
}

/** Completes nine digits into a valid ten-digit tax code (for tests and demo data); null when none exists. */
export function withCheckDigit(nineDigits: string): string | null {
  const check = taxCodeCheckDigit(nineDigits);
  return check === null ? null : `${nineDigits}${check}`;
}
