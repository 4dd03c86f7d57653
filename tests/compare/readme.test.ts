import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers/fixtures.js';

describe('README: parindex compare', () => {
  it("shows the comparison of the demo's years as the command prints it (fixtures/compare/golden/so-sanh.vi.txt)", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```console\n\$ npx parindex compare [^\n]*\n[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const shown = block.split('\n').filter((l) => l !== '' && l !== '…');
    expect(shown.length).toBeGreaterThan(20);
    const golden = readFixture('compare', 'golden', 'so-sanh.vi.txt').split('\n');
    expect(shown.filter((l) => !golden.includes(l))).toEqual([]);
  });
});
