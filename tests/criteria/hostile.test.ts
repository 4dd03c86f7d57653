/**
 * Criteria files made to hurt: nested 100,000 deep, huge, binary, UTF-16, keys twice. Each ends in one located
 * diagnostic, in bounded time, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA_MAX_BYTES, loadCriteriaBytes, loadCriteriaSet } from '../../src/criteria/load.js';
import { MAX_JSON_DEPTH, scanJson } from '../../src/criteria/json-locate.js';
import { messageOf } from '../../src/diagnostics/catalogue.js';
import { smallSet } from '../helpers/criteria.js';

const codesAndPlaces = (text: string) =>
  loadCriteriaSet(text, 'x.json').diagnostics.map((d) => [d.code, d.location.path, d.location.line, d.location.col]);

/** A criteria tree `levels` deep: each node's only child is the next level (codes 1, 1.1, 1.1.1…). */
function deepTree(levels: number): string {
  const code = (level: number): string => `1${'.1'.repeat(level - 1)}`;
  let node = `{ "code": "${code(levels)}", "name": "Tiêu chí", "max": 1 }`;
  for (let i = levels - 1; i >= 1; i--) node = `{ "code": "${code(i)}", "name": "Tiêu chí", "max": 1, "children": [${node}] }`;
  return `{ "id": "sau", "title": "Bộ chỉ số lồng sâu", "year": 2024, "level": "commune", "total": 1, "criteria": [${node}] }`;
}

describe('nesting', () => {
  it('a document nested 100,000 deep is one located diagnostic at the first value past the limit, in well under a second', () => {
    const n = 100_000;
    const text = `{"criteria":${'['.repeat(n)}${']'.repeat(n)}}`;
    const started = performance.now();
    const loaded = loadCriteriaSet(text, 'x.json');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(loaded.fatal).toBe(true);
    const [d] = loaded.diagnostics;
    expect(loaded.diagnostics).toHaveLength(1);
    expect(d?.code).toBe('set/too-deep');
    // The root object is the first container, so the refused one is the criteria array's (MAX_JSON_DEPTH)th bracket.
    expect(d?.location.path).toBe(`criteria${'[0]'.repeat(MAX_JSON_DEPTH - 1)}`);
    expect([d?.location.line, d?.location.col]).toEqual([1, '{"criteria":'.length + MAX_JSON_DEPTH]);
    expect(d && messageOf(d, 'vi')).toBe('đối tượng và danh sách lồng nhau quá 64 cấp tại đây');
  });

  it('a criteria tree 1,000 levels deep is refused the same way, naming the node', () => {
    const loaded = loadCriteriaSet(deepTree(1000), 'x.json');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['set/too-deep']);
    expect(loaded.diagnostics[0]?.location.path).toMatch(/^criteria\[0\](\.children\[0\])+$/);
  });

  it('a tree as deep as the limit allows loads', () => {
    // root, criteria, then an object and a children list per level: 31 levels use 63 containers.
    const loaded = loadCriteriaSet(deepTree(31), 'x.json');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it('the scanner keeps its own stack: 200,000 levels scan without a stack overflow when no limit is set', () => {
    const n = 200_000;
    const scan = scanJson(`${'['.repeat(n)}${']'.repeat(n)}`, Infinity);
    expect(scan.ok).toBe(true);
  });
});

describe('files that are not criteria text', () => {
  it('zero bytes (as /dev/zero gives) are one diagnostic: not text', () => {
    const loaded = loadCriteriaBytes(new Uint8Array(1 << 20), 'zero.json');
    expect(loaded.fatal).toBe(true);
    expect(loaded.diagnostics.map((d) => [d.code, d.details.reason, d.location.line, d.location.col])).toEqual([['set/not-text', 'nul', 1, 1]]);
  });

  it('a file larger than the cap is refused before it is decoded', () => {
    const loaded = loadCriteriaBytes(new Uint8Array(CRITERIA_MAX_BYTES + 1).fill(0x20), 'big.json');
    expect(loaded.diagnostics.map((d) => [d.code, d.details.limit])).toEqual([['set/too-large', CRITERIA_MAX_BYTES]]);
    expect(loadCriteriaSet(' '.repeat(CRITERIA_MAX_BYTES + 1), 'big.json').diagnostics.map((d) => d.code)).toEqual(['set/too-large']);
  });

  it('UTF-16 (Notepad\'s "Unicode") is named as such', () => {
    const text = `\ufeff${JSON.stringify(smallSet())}`;
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const [d] = loadCriteriaBytes(bytes, 'u16.json').diagnostics;
      expect([d?.code, d?.details.reason]).toEqual(['set/not-text', 'utf16']);
      expect(d && messageOf(d, 'en')).toBe('not a text file: it is UTF-16 text');
    }
  });

  it('random binary bytes (a seeded stream) are one diagnostic, never an exception', () => {
    let seed = 12345;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >> 16) & 0xff;
    });
    const loaded = loadCriteriaBytes(bytes, 'bin.json');
    expect(loaded.fatal).toBe(true);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['set/not-text']);
  });

  it('a zip (an .xlsx given as the criteria file) is one diagnostic', () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.from('[Content_Types].xml')]);
    expect(loadCriteriaBytes(zip, 'bo-chi-so.xlsx').diagnostics.map((d) => d.code)).toEqual(['set/not-text']);
  });
});

describe('JSON syntax, in our words', () => {
  it.each([
    ['', 'empty', 1, 1],
    ['\ufeff', 'empty', 1, 1],
    ['{"a": 1', 'unexpected-end', 1, 8],
    ['{"a": 1,}', 'trailing-comma', 1, 9],
    ['[1, 2,]', 'trailing-comma', 1, 7],
    ['{"a" 1}', 'expected-colon', 1, 6],
    ["{'a': 1}", 'expected-key', 1, 2],
    ['{"a": 1 "b": 2}', 'expected-comma-or-brace', 1, 9],
    ['[1 2]', 'expected-comma-or-bracket', 1, 4],
    ['{"a": "x\ny"}', 'control-character', 1, 9],
    ['{"a": "x\\qy"}', 'bad-escape', 1, 9],
    ['{"a": "x', 'unterminated-string', 1, 7],
    ['{"a": tru}', 'unexpected-character', 1, 7],
    ['{"a": .5}', 'unexpected-character', 1, 7],
    ['{"a": 1}\n}', 'after-end', 2, 1],
    ['{\n  "a": 1,\n  "b": NaN\n}', 'unexpected-character', 3, 8],
  ])('%j: %s at %i:%i', (text, problem, line, col) => {
    const loaded = loadCriteriaSet(text, 'x.json');
    expect(loaded.fatal).toBe(true);
    const [d] = loaded.diagnostics;
    expect([d?.code, d?.details.problem, d?.location.line, d?.location.col]).toEqual(['set/invalid-json', problem, line, col]);
    // JSON.parse's own English never reaches a message; the Vietnamese one is Vietnamese throughout.
    const vi = d ? messageOf(d, 'vi') : '';
    expect(vi).toMatch(/^không phải JSON hợp lệ: /);
    expect(vi).not.toMatch(/Unexpected|position|expected|found|token|JSON at/);
  });

  it('names the path the error is in', () => {
    const text = `${JSON.stringify(smallSet(), null, 2)}`.replace('"max": 2,', '"max": 2,,');
    const [d] = loadCriteriaSet(text, 'x.json').diagnostics;
    expect([d?.code, d?.location.path]).toEqual(['set/invalid-json', 'criteria[0].children[0]']);
  });
});

describe('keys written twice', () => {
  it('are an error at the second key, naming the first, whatever the depth', () => {
    const text = `${JSON.stringify(smallSet(), null, 2)}\n`.replace('"total": 10,', '"total": 10,\n  "year": 2025,');
    expect(codesAndPlaces(text)).toEqual([['set/duplicate-key', 'year', 7, 3]]);
    const [d] = loadCriteriaSet(text, 'x.json').diagnostics;
    expect(d?.details).toEqual({ key: 'year', firstLine: 4, firstCol: 3 });
  });
  it('in a nested node, with the other problems of the file still reported', () => {
    const text = `${JSON.stringify(smallSet(), null, 2)}\n`
      .replace('"name": "Thủ tục hành chính",', '"name": "Thủ tục hành chính", "name": "Thủ tục",')
      .replace('"total": 10', '"total": 11');
    expect(codesAndPlaces(text).map(([code, path]) => [code, path])).toEqual([
      ['set/duplicate-key', 'criteria[1].name'],
      ['criteria/total-mismatch', 'total'],
    ]);
  });
  it('the same key in two different objects is not a duplicate', () => {
    expect(codesAndPlaces(`${JSON.stringify(smallSet(), null, 2)}\n`)).toEqual([]);
  });
});
