/**
 * `parindex validate` on the realistic submissions of fixtures/submissions/, in every report format and both
 * languages, against committed golden files (UPDATE_GOLDEN=1 rewrites them). The tool's version is normalised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { parindex } from '../helpers/cli.js';

const FORMATS = ['stylish', 'json', 'junit', 'sarif', 'github', 'md'] as const;
const EXT: Record<(typeof FORMATS)[number], string> = { stylish: 'txt', json: 'json', junit: 'xml', sarif: 'sarif', github: 'github.txt', md: 'md' };

const normalise = (text: string): string =>
  text.replace(/("version":\s*")\d+\.\d+\.\d+[^"]*(")/g, '$1<version>$2').replace(/(version=")\d+\.\d+\.\d+[^"]*(")/g, '$1<version>$2');

describe('validate fixtures/submissions/ in every format', () => {
    for (const lang of ['vi', 'en'] as const)
    for (const format of FORMATS)
      it(`${format} (${lang})`, async () => {
        const r = await parindex([
          'validate',
          'fixtures/submissions/',
          '-c',
          'fixtures/demo/criteria-xa.json',
          '--units',
          'fixtures/submissions/don-vi.csv',
          '--format',
          format,
          '--lang',
          lang,
        ]);
        expect(r.status).toBe(1);
        expect(r.stderr).toBe('');
        expectGolden(normalise(r.stdout), 'submissions', 'golden', `validate.${lang}.${EXT[format]}`);
      });
});
