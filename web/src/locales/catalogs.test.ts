import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Tree, key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : '';
}

// The main catalog, and each screen family's own namespace (locales/<namespace>/vi.json and en.json).
const namespaces = import.meta.glob<Tree>('./*/{vi,en}.json', { eager: true, import: 'default' });
const pairs: [string, Tree, Tree][] = [['translation', vi, en]];
for (const path of Object.keys(namespaces).filter((p) => p.endsWith('/vi.json'))) {
  const name = path.split('/')[1] ?? path;
  pairs.push([name, namespaces[path]!, namespaces[path.replace('/vi.json', '/en.json')] ?? {}]);
}

describe.each(pairs)('the vi and en catalogs of %s', (_name, vi, en) => {
  it('have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('use the same placeholders for each key', () => {
    for (const key of keys(vi)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(vi, key)));
  });

  it.runIf(_name === 'translation')('translate every error code the API answers with', () => {
    // Every ErrorCode of server/src/core/errors.ts.
    const codes = [
      'validation_failed',
      'invalid_credentials',
      'too_many_attempts',
      'unauthenticated',
      'forbidden',
      'csrf_failed',
      'not_found',
      'conflict',
      'import_refused',
      'payload_too_large',
      'unsupported_type',
      'database_busy',
      'internal',
    ];
    for (const code of codes) {
      expect(lookup(vi, `errors.${code}`), code).not.toBe('');
      expect(lookup(en, `errors.${code}`), code).not.toBe('');
    }
  });

  it('leave no text empty', () => {
    for (const key of keys(vi)) expect(lookup(vi, key), key).not.toBe('');
    for (const key of keys(en)) expect(lookup(en, key), key).not.toBe('');
  });
});
