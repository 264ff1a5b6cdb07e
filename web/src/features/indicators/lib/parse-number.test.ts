import { describe, expect, it } from 'vitest';
import { parseClipboardBlock, parseNumberText } from './parse-number';

const vi = { thousand: '.', decimal: ',' };
const en = { thousand: ',', decimal: '.' };
const value = (text: string, separators = vi) => {
  const parsed = parseNumberText(text, separators);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseNumberText', () => {
  it('reads Vietnamese numbers: grouping by dots, decimal comma', () => {
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1234,5')).toBe(1234.5);
    expect(value('36.539')).toBe(36539);
    expect(value('1.234.567,891')).toBe(1234567.891);
    expect(value(' 8 081,217 ')).toBe(8081.217);
    expect(value('-12,3')).toBe(-12.3);
    expect(value('−12,3')).toBe(-12.3);
    expect(value('(1.234)')).toBe(-1234);
    expect(value('0,5')).toBe(0.5);
  });

  it('refuses what could be read two ways, and text', () => {
    expect(value('1234.5')).toBe('invalid');
    expect(value('1.23')).toBe('invalid');
    expect(value('1,234,5')).toBe('invalid');
    expect(value('12.34,5')).toBe('invalid');
    expect(value('abc')).toBe('invalid');
    expect(value('1e5')).toBe('invalid');
    expect(value('#N/A')).toBe('invalid');
  });

  it('says empty for an empty cell, never 0', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
  });

  it('reads English numbers with English separators', () => {
    expect(value('1,234.5', en)).toBe(1234.5);
    expect(value('1234.5', en)).toBe(1234.5);
    expect(value('1.234,5', en)).toBe('invalid');
  });
});

describe('parseClipboardBlock', () => {
  it('splits rows and tab-separated cells, dropping the final line break', () => {
    expect(parseClipboardBlock('1.234,5\t2\r\n3\t\r\n')).toEqual([
      ['1.234,5', '2'],
      ['3', ''],
    ]);
  });

  it('keeps a single value as one cell, and unquotes quoted cells', () => {
    expect(parseClipboardBlock('42')).toEqual([['42']]);
    expect(parseClipboardBlock('"a ""b"""\t1')).toEqual([['a "b"', '1']]);
  });
});
