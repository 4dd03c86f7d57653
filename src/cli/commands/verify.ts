/**
 * `parindex verify`: re-runs a results report from the criteria set and inputs it records (their SHA-256 checked)
 * and compares every number; or, with --published, compares a table someone published with the recomputed ranking.
 */
import { Option, type Command } from 'commander';
import type { Lang } from '../../core/lang.js';
import { CannotRun, type CliIO } from '../io.js';
import { once } from '../options.js';
import { addInputOptions, type RunCliOptions } from '../run-options.js';

export const HELP = {
  description: {
    en: 're-check a results report from the inputs it records, or a published ranking table',
    vi: 'kiểm tra lại báo cáo kết quả từ dữ liệu đã ghi nhận, hoặc một bảng xếp hạng đã công bố',
  },
  files: { en: 'a results report (.json or .xlsx written by parindex score); with --published, the score sheets', vi: 'báo cáo kết quả (.json hoặc .xlsx do parindex score ghi); với --published: các bảng điểm' },
  inputs: { en: 'folder where the recorded criteria file and inputs are looked for (default: as recorded, from the working folder)', vi: 'thư mục chứa tệp bộ chỉ số và dữ liệu đã ghi nhận (mặc định: theo đường dẫn đã ghi, từ thư mục làm việc)' },
  published: { en: 'a published ranking table (.xlsx, .csv) to compare with the ranking recomputed from the sheets and -c', vi: 'bảng xếp hạng đã công bố (.xlsx, .csv) để đối chiếu với bảng tính lại từ các bảng điểm và -c' },
  after: {
    en:
      '\nExamples:\n' +
      '  parindex score fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --format json > ket-qua.json\n' +
      '  parindex verify ket-qua.json\n' +
      '  parindex verify ket-qua.xlsx --inputs ho-so-goc/\n' +
      '  parindex verify --published fixtures/verify/bang-cong-bo-xa.xlsx fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json\n' +
      '\nExit codes: 0 every number identical; 1 differences (each listed); 2 recorded inputs missing or changed, or the run could not happen.',
    vi:
      '\nVí dụ:\n' +
      '  parindex score fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json --format json > ket-qua.json\n' +
      '  parindex verify ket-qua.json\n' +
      '  parindex verify ket-qua.xlsx --inputs ho-so-goc/\n' +
      '  parindex verify --published fixtures/verify/bang-cong-bo-xa.xlsx fixtures/demo/xa.xlsx -c fixtures/demo/criteria-xa.json\n' +
      '\nMã thoát: 0 mọi số liệu trùng khớp; 1 có chỗ khác nhau (liệt kê từng chỗ); 2 thiếu hoặc đã thay đổi tệp đã ghi nhận, hoặc không chạy được.',
  },
  report: { en: 'results report', vi: 'báo cáo kết quả' },
  table: { en: 'published table', vi: 'bảng đã công bố' },
  notReport: { en: '{0}: {1}', vi: '{0}: {1}' },
  oneReport: { en: 'verify takes one results report (or, with --published, the score sheets and -c)', vi: 'verify nhận một báo cáo kết quả (hoặc, với --published, các bảng điểm và -c)' },
  needCriteria: { en: 'verify --published needs the score sheets and -c <criteria set>', vi: 'verify --published cần các bảng điểm và -c <bộ chỉ số>' },
} as const;
export const h = (key: keyof typeof HELP, lang: Lang, ...args: string[]): string => HELP[key][lang].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');

export interface VerifyOptions extends Omit<RunCliOptions, 'criteria'> {
  criteria?: string;
  inputs?: string;
  published?: string;
}

export function registerVerify(program: Command, io: CliIO, version: string, setExit: (code: number) => void, lang: Lang): void {
  const cmd = program
    .command('verify')
    .description(h('description', lang))
    .argument('<files...>', h('files', lang))
    .addOption(new Option('--inputs <dir>', h('inputs', lang)).argParser(once((v: string) => v, lang)))
    .addOption(new Option('--published <table>', h('published', lang)).argParser(once((v: string) => v, lang)));
  addInputOptions(cmd, io, lang);
  // -c is needed only with --published: the recorded criteria file is used otherwise.
  const c = cmd.options.find((o) => o.long === '--criteria');
  if (c) c.mandatory = false;
  cmd.addHelpText('after', h('after', lang)).action(async (files: string[], opts: VerifyOptions) => {
    if (opts.published !== undefined) return setExit(await (await import('./verify-action.js')).verifyPublished(io, version, opts.published, files, opts));
    if (files.length !== 1) throw new CannotRun(h('oneReport', lang));
    setExit(await (await import('./verify-action.js')).verifyReport(io, version, files[0]!, opts));
  });
}
