/** Lower case, no diacritics (đ → d), punctuation kept, whitespace (line breaks too) collapsed. */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A row label reduced to its words: folded, leading numbering (`1.`, `I.`, `a)`, `-`) and punctuation removed. */
export function normalizeLabel(text: string): string {
  return foldVi(text)
    .replace(/^(?:(?:[ivxlc]+|[a-z])\s*[.)-]|\d+(?:\.\d+)*[.)-]?)\s*(?=\p{L})/u, '')
    .replace(/^[-–—+*•]\s*/, '')
    .replace(/\s*\((?:\d+|\*+|[a-z])\)\s*$|\s*\*+$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text holds Vietnamese letters (a hint that the file is Vietnamese). */
export function hasVietnameseLetters(text: string): boolean {
  return /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/.test(text);
}
