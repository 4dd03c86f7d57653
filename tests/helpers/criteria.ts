/** Small criteria sets built in memory, for tests that change one thing at a time. */
import { loadCriteriaSet, type CriteriaLoad } from '../../src/criteria/load.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A valid set: two fields (6 + 4 = 10), three leaves with different rules. */
export function smallSet(): JsonObject {
  return {
    id: 'nho',
    title: 'Bộ chỉ số thử nghiệm',
    year: 2024,
    level: 'commune',
    total: 10,
    bands: [
      { label: 'Tốt', min: 80 },
      { label: 'Khá', min: 50 },
      { label: 'Yếu', min: 0 },
    ],
    criteria: [
      {
        code: '1',
        name: 'Công tác chỉ đạo, điều hành',
        max: 6,
        children: [
          { code: '1.1', name: 'Kế hoạch cải cách hành chính', max: 2, rule: { kind: 'yesno' } },
          {
            code: '1.2',
            name: 'Tỷ lệ nhiệm vụ hoàn thành',
            max: 4,
            rule: { kind: 'bands', bands: [{ min: 100, points: 4 }, { min: 90, points: 2 }, { min: 0, points: 0 }] },
          },
        ],
      },
      { code: '2', name: 'Thủ tục hành chính', max: 4 },
    ],
  };
}

/** Loads an in-memory set through the same path as a file (JSON text, locations included). */
export function loadObject(set: Json, file = 'inline.json'): CriteriaLoad {
  return loadCriteriaSet(`${JSON.stringify(set, null, 2)}\n`, file);
}
