/**
 * Reading numbers typed or pasted by officers. A number is written the way the current language writes it
 * (Vietnamese "1.234,5", English "1,234.5"; the separators come from lib/format.ts); what could be read two ways
 * ("1.5" in Vietnamese: 15 or 1,5?) is refused, never guessed.
 */

/** The separators of a language, as `numberSeparators()` of lib/format.ts gives them. */
export type Separators = { thousand: string; decimal: string };

/** A read cell: empty, a number, or text that is not a number in this language. */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a number written with the given separators: "1.234,5", "1234,5", "-12", "(1.234)" (negative, as accountants
 * write it), with spaces allowed between groups. Grouping must be by threes; a lone thousands separator that is not
 * followed by three digits ("1234.5" in Vietnamese) is refused as ambiguous.
 */
export function parseNumberText(input: string, separators: Separators): ParsedNumber {
  let text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (text === '') return { kind: 'empty' };
  let negative = false;
  const parenthesised = text.match(/^\((.*)\)$/);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1] ?? '';
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  const group = escape(separators.thousand);
  const decimal = escape(separators.decimal);
  const pattern = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?$`);
  const match = text.match(pattern);
  if (!match) return { kind: 'invalid', text: input.trim() };
  const whole = (match[1] ?? '').split(separators.thousand).join('');
  const value = Number(`${whole}${match[2] ? `.${match[2]}` : ''}`);
  if (!Number.isFinite(value)) return { kind: 'invalid', text: input.trim() };
  return { kind: 'number', value: negative ? -value : value };
}

/**
 * Splits text copied from a spreadsheet into rows of cells: rows end with a line break, cells are separated by tabs;
 * the final line break Excel adds is dropped, and a cell Excel quoted (it held a line break or a quote) is unquoted.
 */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) =>
    line.split('\t').map((cell) => {
      const quoted = cell.match(/^"([\s\S]*)"$/);
      return quoted ? (quoted[1] ?? '').replace(/""/g, '"') : cell;
    }),
  );
}
