/** What the XLSX reader must read, each on a workbook written here the way some program writes it. */
import { describe, expect, it } from 'vitest';
import { cellsOf, readFile } from './read.js';
import { makeZip, workbookParts, type Part } from './zip-writer.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function cells(parts: Part[], opts: { zip64?: boolean; deflate?: boolean } = {}) {
  const r = await readFile('f.xlsx', makeZip(parts, opts));
  expect(r.diagnostics).toEqual([]);
  return cellsOf(r);
}

describe('XLSX reader', () => {
  it('reads sheets in the workbook order, hidden ones marked, with absolute targets and zip64 end records', async () => {
    const parts = workbookParts(
      [
        { name: 'Ghi chú & nguồn', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>một</t></is></c></row>' },
        { name: 'Ẩn', data: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'hidden' },
        { name: 'Rất ẩn', data: '<row r="1"><c r="A1"><v>3</v></c></row>', state: 'veryHidden' },
      ],
      { absolute: true },
    );
    // the zip holds the sheets in reverse order: the workbook's order must win
    const sheetsFirst = [...parts.filter((p) => p[0].includes('worksheets')).reverse(), ...parts.filter((p) => !p[0].includes('worksheets'))];
    for (const zip64 of [false, true]) {
      const r = await readFile('f.xlsx', makeZip(sheetsFirst, { zip64, deflate: !zip64 }));
      expect(r.diagnostics).toEqual([]);
      expect(r.sheets.map((s) => [s.name, s.hidden, s.rows[0]!.cells[0]])).toEqual([
        ['Ghi chú & nguồn', false, 'một'],
        ['Ẩn', true, 2],
        ['Rất ẩn', true, 3],
      ]);
    }
  });

  it('reads every decimal exactly as Number() does, on the fast path and off it', async () => {
    const texts = ['0', '-0', '0.1', '.5', '5.', '1.25', '-3.75', '0.000001', '123456789012345', '1234567890123456', '99999999999999.9', '1e-7', '2.5E+3', '0.30000000000000004'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const digits = String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 16))));
      const cut = Math.floor(next() * (digits.length + 1));
      texts.push(`${next() < 0.3 ? '-' : ''}${digits.slice(0, cut) || '0'}.${digits.slice(cut)}`);
    }
    const data = texts.map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${t}</v></c></row>`).join('');
    const got = (await cells(workbookParts([{ name: 'A', data }]))).map((r) => r[0]);
    expect(got).toEqual(texts.map((t) => Number(t)));
  });

  it('places cells and rows without r= after the previous ones, and keeps gaps as null', async () => {
    const data = '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="4"><c r="B4"><v>7</v></c></row><row><c/><c><v>8</v></c></row>';
    expect(await cells(workbookParts([{ name: 'A', data }]))).toEqual([
      [1, 2, null, null, 5, 6],
      [null, 7],
      [null, 8],
    ]);
  });

  it('reads percent and date formats from styles.xml, booleans, errors and formulas as they are saved', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>';
    const data =
      '<row r="1"><c r="A1" s="1"><v>0.995</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>45413</v></c><c r="D1" s="4"><v>45413.5</v></c><c r="E1" s="0"><v>0.995</v></c></row>' +
      '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" s="1"><f>A1*1</f><v>0.25</v></c></row>' +
      '<row r="3"><c r="A3"><f t="shared" ref="A3:B3" si="0">C9*2</f></c><c r="B3"><f t="shared" si="0"/></c><c r="C3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="D3"><f>SUM(D1:D2)</f><v>0</v></c></row>';
    const got = await cells(workbookParts([{ name: 'A', data }], { styles }));
    expect(got).toEqual([
      [99.5, 0.5, { kind: 'date', value: new Date(Date.UTC(2024, 4, 1)) }, { kind: 'date', value: new Date(Date.UTC(2024, 4, 1, 12)) }, 0.995],
      [true, false, { kind: 'error', value: '#N/A' }, { kind: 'error', value: '#DIV/0!' }, 25],
      [{ kind: 'formula-no-value', formula: 'C9*2' }, { kind: 'formula-no-value', formula: 'C9*2' }, 'xy', 0],
    ]);
    const d1904 = await cells(workbookParts([{ name: 'A', data: '<row r="1"><c r="A1" s="1"><v>0</v></c></row>' }], { styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>', date1904: true }));
    expect(d1904).toEqual([[{ kind: 'date', value: new Date(Date.UTC(1904, 0, 1)) }]]);
  });

  // `<c …><v>TEXT</v></c>` is taken in one step (XmlScanner.plainValue); any other spelling of the same cell goes
  // token by token. Both must give the same cells, in one piece or streamed a few bytes at a time.
  it('reads a value alike however its cell is spelled, in one piece or in small pieces', async () => {
    const spellings = [
      ['<c r="A1"><v>1.5</v></c>', '<c r="A1"><v>1.5</v> </c>', '<c r="A1"><v xml:space="preserve">1.5</v></c>', '<c r="A1"><x:v>1.5</x:v></c>', '<c r="A1"><v>1.5</v><!-- --></c>'],
      ['<c r="B1" t="str"><v>a &amp; b</v></c>', '<c r="B1" t="str"><v><![CDATA[a & b]]></v></c>', '<c r="B1" t="str"><v>a &amp;</v><v> b</v></c>'],
      ['<c r="C1"><v>1.5abc</v></c>', '<c r="C1"><v>1.5ab</v><v>c</v></c>'],
      ['<c r="D1" t="s"><v>0</v></c>', '<c r="D1" t="s"> <v>0</v></c>'],
      ['<c r="E1"><v></v></c>', '<c r="E1"/>', '<c r="E1"><v/></c>'],
      ['<c r="F1" t="b"><v>1</v></c>', '<c r="F1" t="b"><v>1</v>\n</c>'],
    ];
    const expected = [[1.5, 'a & b', '1.5abc', 'một', null, true]];
    for (let k = 0; k < 5; k++) {
      const data = `<row r="1">${spellings.map((s) => s[k % s.length]).join('')}</row>`;
      const parts = workbookParts([{ name: 'A', data }], { shared: ['một'] });
      expect(await cells(parts), data).toEqual(expected);
      const pieces = await readFile('f.xlsx', makeZip(parts, { deflate: false }), { stream: true, piece: 7 });
      expect(pieces.diagnostics).toEqual([]);
      expect(cellsOf(pieces), data).toEqual(expected);
    }
  });

  // A formula's text is decoded only when the cell has no cached value (xlsx-cells.ts keeps it raw until then): the
  // formula given for such a cell is the same as when every text token was decoded at once.
  it('decodes a formula without a cached value as written: entities, CDATA, text split by a comment, shared', async () => {
    const data =
      '<row r="1"><c r="A1"><f>IF(B1&gt;=1,&quot;Có&quot;,&#x41;)</f></c><c r="B1"><f>&quot;a&quot;</f><v>2</v></c>' +
      '<c r="C1"><f>1&amp;<!-- c -->&amp;2</f></c><c r="D1"><f><![CDATA[&amp;]]>&lt;x</f></c>' +
      '<c r="E1"><f>x&lt;<![CDATA[&gt;]]></f></c><c r="F1"><f>x&amp<!-- split -->;</f></c>' +
      '<c r="G1"><f t="shared" ref="G1:H1" si="3">G9&lt;&gt;&quot;&quot;</f></c><c r="H1"><f t="shared" si="3"/></c></row>';
    expect(await cells(workbookParts([{ name: 'A', data }]))).toEqual([
      [
        { kind: 'formula-no-value', formula: 'IF(B1>=1,"Có",A)' },
        2,
        { kind: 'formula-no-value', formula: '1&&2' },
        { kind: 'formula-no-value', formula: '&amp;<x' },
        { kind: 'formula-no-value', formula: 'x<&gt;' },
        { kind: 'formula-no-value', formula: 'x&amp;' },
        { kind: 'formula-no-value', formula: 'G9<>""' },
        { kind: 'formula-no-value', formula: 'G9<>""' },
      ],
    ]);
  });

  it('joins rich text runs (inline and shared), leaves out phonetic runs, and undoes _xHHHH_ and entities', async () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Xã </t></r><r><t xml:space="preserve">Đắk Ơ</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
      '<c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>';
    const parts = workbookParts([{ name: 'A', data }], { shared: [] }).map((p): Part =>
      p[0] === 'xl/sharedStrings.xml'
        ? [p[0], `<sst xmlns="${NS}"><si><r><t>Phường </t></r><r><rPr><i/></rPr><t>Hoà Khánh</t></r></si><si><t>Dòng 1_x000D_&#10;Dòng 2 &amp; &lt;3&gt;</t></si><si><t/></si></sst>`]
        : p,
    );
    expect(await cells(parts)).toEqual([['Xã Đắk Ơ', 'Phường Hoà Khánh', 'Dòng 1\r\nDòng 2 & <3>']]);
  });

  it('reads elements with a namespace prefix, skips comments, CDATA as text, and passes over chart sheets', async () => {
    const parts = workbookParts([{ name: 'A', data: '' }, { name: 'Biểu đồ', data: '' }]).map((p): Part => {
      if (p[0] === 'xl/worksheets/sheet1.xml')
        return [p[0], `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><!-- ghi chú --><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a < b & c]]></x:t></x:is></x:c><x:c r="B1"><x:v>1.25</x:v></x:c></x:row></x:sheetData></x:worksheet>`];
      if (p[0] === 'xl/_rels/workbook.xml.rels') return [p[0], String(p[1]).replace(/(Id="rId2" Type="[^"]*\/)worksheet"/, '$1chartsheet"')];
      return p;
    });
    const r = await readFile('f.xlsx', makeZip(parts));
    expect(r.diagnostics).toEqual([]);
    expect(r.sheets.map((s) => [s.name, s.rows.map((x) => x.cells)])).toEqual([['A', [['a < b & c', 1.25]]]]);
  });
});
