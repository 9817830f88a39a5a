// Reads an .xlsx back without the library that wrote it (ExcelJS): the zip's central directory by hand, each part
// inflated by the browser's DecompressionStream, the sheets' XML by DOMParser. Enough to see what a spreadsheet
// program would show: sheet names, and each row's cells as text or numbers.

export interface ReadSheet {
  name: string;
  /** Rows by row number (1-based); a cell is a string, a number, or undefined when empty. */
  rows: Map<number, (string | number | undefined)[]>;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files of a zip archive by name (stored or deflated entries, as every .xlsx writer makes them). */
async function unzip(zip: Uint8Array): Promise<Map<string, string>> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const text = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = text.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(data, data + size);
    files.set(name, text.decode(method === 8 ? await inflate(raw) : raw));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const column = (reference: string) => [...reference.replace(/\d+$/, '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

/** The sheets of a workbook, in order, with their cells' values. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  const files = await unzip(bytes);
  const xml = (name: string) => new DOMParser().parseFromString(files.get(name) ?? '<x/>', 'application/xml');
  const shared = [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map((si) => [...si.getElementsByTagName('t')].map((t) => t.textContent).join(''));
  const relations = new Map([...xml('xl/_rels/workbook.xml.rels').getElementsByTagName('Relationship')].map((r) => [r.getAttribute('Id'), r.getAttribute('Target')!.replace(/^\/?xl\//, '')]));
  return [...xml('xl/workbook.xml').getElementsByTagName('sheet')].map((sheet) => {
    const target = relations.get(sheet.getAttribute('r:id'))!;
    const rows = new Map<number, (string | number | undefined)[]>();
    for (const row of xml(`xl/${target}`).getElementsByTagName('row')) {
      const cells: (string | number | undefined)[] = [];
      for (const cell of row.getElementsByTagName('c')) {
        const type = cell.getAttribute('t');
        const value = cell.getElementsByTagName('v')[0]?.textContent ?? undefined;
        const inline = cell.getElementsByTagName('is')[0]?.textContent ?? undefined;
        cells[column(cell.getAttribute('r')!) - 1] = type === 's' ? shared[Number(value)] : type === 'inlineStr' ? inline : type === 'str' ? value : value === undefined ? undefined : Number(value);
      }
      rows.set(Number(row.getAttribute('r')), cells);
    }
    return { name: sheet.getAttribute('name')!, rows };
  });
}

/** A sheet's rows in order, empty rows left out. */
export const rowsOf = (sheet: ReadSheet) => [...sheet.rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells);
