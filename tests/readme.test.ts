import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two set-up commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock.split('\n')[0]).toMatch(/^npm install && npx parindex score fixtures\/demo\//);
    expect(firstBlock).toContain('npm test');
  });

  it('lists every diagnostic code', () => {
    const missing = Object.keys(catalogue).filter((code) => !readme.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
