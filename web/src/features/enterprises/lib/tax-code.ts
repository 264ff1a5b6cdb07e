/** Weights of the first nine digits in the tax-code check digit (General Department of Taxation rule). */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Why a tax code is refused, as a catalog key of the enterprises screens. */
export type TaxCodeProblem = 'format' | 'checkDigit' | 'branch';

/**
 * Checks a Vietnamese tax code (mã số thuế) as the server does: 10 digits, or 13 as `0123456789-001` (the dash is
 * optional), the tenth digit being `10 − (Σ weight·digit mod 11)` (remainder 0: no valid code); branch `000` is refused.
 */
export function checkTaxCode(raw: string): { ok: true; taxCode: string } | { ok: false; problem: TaxCodeProblem } {
  const value = raw.trim().replace(/\s+/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(value);
  if (!match) return { ok: false, problem: 'format' };
  const base = match[1]!;
  const branch = match[2];
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
  const check = 10 - (sum % 11);
  if (check === 10 || check !== Number(base[9])) return { ok: false, problem: 'checkDigit' };
  if (branch === '000') return { ok: false, problem: 'branch' };
  return { ok: true, taxCode: branch ? `${base}-${branch}` : base };
}
