import { describe, expect, it } from 'vitest';
import { checkTaxCode } from './tax-code';

describe('tax code', () => {
  it('accepts real codes and the dashed branch form', () => {
    for (const code of ['0300588569', '0100109106', '0101248141']) expect(checkTaxCode(code)).toEqual({ ok: true, taxCode: code });
    expect(checkTaxCode('0300588569001')).toEqual({ ok: true, taxCode: '0300588569-001' });
    expect(checkTaxCode(' 0300588569-002 ')).toEqual({ ok: true, taxCode: '0300588569-002' });
  });

  it('names the problem: format, check digit, branch 000', () => {
    expect(checkTaxCode('12345')).toEqual({ ok: false, problem: 'format' });
    expect(checkTaxCode('0300588568')).toEqual({ ok: false, problem: 'checkDigit' });
    expect(checkTaxCode('0300588569-000')).toEqual({ ok: false, problem: 'branch' });
  });
});
