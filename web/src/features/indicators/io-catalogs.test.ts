import { describe, expect, it } from 'vitest';
import en from '../../locales/indicators/io.en.json';
import vi from '../../locales/indicators/io.vi.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function lookup(tree: Tree, key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : '';
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

// The same checks as src/locales/catalogs.test.ts, for the grid and import screens' own namespace (io.vi.json, io.en.json).
describe('the vi and en catalogs of the grid and import screens', () => {
  it('have the same keys, the same placeholders, and no empty text', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    for (const key of keys(vi)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(vi, key)));
      expect(lookup(vi, key), key).not.toBe('');
      expect(lookup(en, key), key).not.toBe('');
    }
  });
});
