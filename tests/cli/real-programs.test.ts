import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { commandFor, realProgram } from '../helpers/real-programs.js';

describe('real programs for tests', () => {
  it('finds an installed program by any of its commands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parindex-path-'));
    writeFileSync(join(dir, 'chromium-browser'), '#!/bin/sh\n');
    chmodSync(join(dir, 'chromium-browser'), 0o755);
    expect(commandFor('chromium', dir)).toBe(join(dir, 'chromium-browser'));
    expect(commandFor('pdftotext', dir)).toBeUndefined();
    rmSync(dir, { recursive: true });
  });

  it('a missing program fails the test when PARINDEX_REAL_PROGRAMS=required', () => {
    expect(() => realProgram('chromium', 'the HTML report prints', { PATH: '/nonexistent', PARINDEX_REAL_PROGRAMS: 'required' })).toThrow(
      /PARINDEX_REAL_PROGRAMS=required but chromium is not installed \(apt-get install chromium\): the HTML report prints/,
    );
  });

  it('otherwise it says loudly, once, which check could not run', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(realProgram('libreoffice', 'the XLSX report opens in LibreOffice', { PATH: '/nonexistent' })).toBeUndefined();
    expect(realProgram('libreoffice', 'the XLSX report opens in LibreOffice', { PATH: '/nonexistent' })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/NOT CHECKED — libreoffice is not installed \(apt-get install libreoffice-calc-nogui\)/);
    warn.mockRestore();
  });
});
