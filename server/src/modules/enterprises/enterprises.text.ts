/** Lowercase, accents stripped (NFD), đ → d, spaces collapsed: "Cụm Công nghiệp" → "cum cong nghiep". */
export function normaliseSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching the normalised text anywhere, with LIKE's special characters escaped. */
export function containsPattern(query: string): string {
  return `%${normaliseSearch(query).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
