/** What an annex says about its set above the table: the title, the year, the level, the decision. */
import { asciiKey, cleanText } from '../core/text.js';
import type { Level } from '../criteria/model.js';

export interface AnnexMetadata {
  title?: string;
  year?: number;
  level?: Level;
  decision?: string;
}

const LEVELS: readonly [Level, RegExp][] = [
  ['commune', /\bcap xa\b|\bxa, phuong|\bxa, thi tran/],
  ['district', /\bcap huyen\b|\bquan, huyen|\bhuyen, thi xa/],
  ['department', /\bcap so\b|\bso, ban, nganh|\bco quan chuyen mon/],
  ['ministry', /\bcac bo\b|\bcap bo\b|\bco quan ngang bo/],
  ['province', /\bcap tinh\b|\bcac tinh\b|\btinh, thanh pho/],
];

/** The level's short word, for a set id: xa-2024, huyen-2024, so-2024. */
export const LEVEL_SLUG: Record<Level, string> = { commune: 'xa', district: 'huyen', department: 'so', province: 'tinh', ministry: 'bo' };

export function readMetadata(lines: readonly string[]): AnnexMetadata {
  const found: AnnexMetadata = {};
  for (const raw of lines) {
    const line = cleanText(raw);
    const a = asciiKey(line);
    if (found.title === undefined && /^(bo chi so|bo tieu chi|chi so cai cach)/.test(a)) found.title = line;
    const decision = /quyết định số\s*([0-9]+\s*\/\s*[0-9]*\/?[A-ZĐa-zđ-]+)/iu.exec(line);
    if (found.decision === undefined && decision?.[1]) found.decision = decision[1].replace(/\s+/g, '');
  }
  const text = asciiKey(found.title ?? lines.join(' '));
  const year = /\bnam (20\d\d)\b/.exec(text);
  if (year?.[1]) found.year = Number(year[1]);
  const level = LEVELS.find(([, re]) => re.test(text));
  if (level) found.level = level[0];
  return found;
}
