// The CSV form of the import format: a directory with one file per section (cities.csv, partnerships.csv…), each
// with a header row naming the same fields as the JSON format. Empty cells are absent values; `topics` lists its
// items separated by "|"; `since` is a whole number. Files are UTF-8 (a BOM is ignored), RFC 4180 quoting, LF or CRLF.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportProblem } from '../services/import';

/** The columns of each file: the first list is required, the second optional. */
export const CSV_COLUMNS: Record<string, [string[], string[]]> = {
  sources: [['id', 'title'], ['publisher', 'published', 'file', 'note']],
  nations: [['code', 'name', 'source'], []],
  cities: [['id', 'name', 'kind', 'nation', 'source'], ['nationSource']],
  organizations: [['id', 'name', 'source'], ['acronym', 'category', 'memberSummary', 'purpose']],
  officials: [['id', 'name', 'title', 'source'], []],
  partnerships: [['cityA', 'cityB', 'tier', 'source'], ['since']],
  memberships: [['city', 'organization', 'source'], ['since', 'role']],
  hostings: [['city', 'organization', 'source'], ['office']],
  meetings: [['official', 'with', 'on', 'source'], ['topics']],
  offices: [['official', 'targetLabel', 'target', 'title', 'source'], []],
};

export interface CsvTable {
  header: string[];
  /** Each data row with the line it starts on (1-based; the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Parses RFC 4180 CSV text. Blank lines are skipped. */
export function parseCsv(text: string): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let cellStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cellStarted) throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field and double the quote)', line);
      quoted = true;
      cellStarted = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && source[i + 1] === '\n') {
      continue;
    } else if (ch === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is not closed', recordLine);
  endRecord();
  const [header, ...rows] = records;
  return { header: header?.cells.map((c) => c.trim()) ?? [], rows };
}

export interface CsvImport {
  /** The import document, as the JSON format has it. */
  graph: Record<string, Record<string, unknown>[]>;
  /** Which file and line each record comes from, for messages: `where[section][index]`. */
  where: Record<string, string[]>;
  /** Problems of whole files (unknown file, bad header, bad syntax, wrong number of cells). */
  problems: ImportProblem[];
}

/** Reads a directory of section files into the import document. */
export function readCsvDirectory(dir: string): CsvImport {
  const graph: CsvImport['graph'] = {};
  const where: CsvImport['where'] = {};
  const problems: ImportProblem[] = [];
  const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) {
    problems.push({ section: 'input', index: null, field: null, message: `${dir} holds no .csv file; expected ${Object.keys(CSV_COLUMNS).map((s) => `${s}.csv`).join(', ')}` });
  }
  for (const file of files) {
    const section = path.basename(file, path.extname(file));
    if (!(section in CSV_COLUMNS)) {
      problems.push({ section: 'input', index: null, field: null, message: `${file} is not a section file; the sections are ${Object.keys(CSV_COLUMNS).join(', ')}` });
      continue;
    }
    let table: CsvTable;
    try {
      table = parseCsv(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({ section, index: null, field: null, message: `${file} ${(error as Error).message}` });
      continue;
    }
    const [required, optional] = CSV_COLUMNS[section];
    const unknown = table.header.filter((c) => !required.includes(c) && !optional.includes(c));
    const missing = required.filter((c) => !table.header.includes(c));
    const duplicated = table.header.filter((c, i) => table.header.indexOf(c) !== i);
    if (unknown.length || missing.length || duplicated.length) {
      const parts = [
        missing.length ? `no column ${missing.map((c) => `"${c}"`).join(', ')}` : '',
        unknown.length ? `unknown column ${unknown.map((c) => `"${c}"`).join(', ')}` : '',
        duplicated.length ? `column ${duplicated.map((c) => `"${c}"`).join(', ')} twice` : '',
      ].filter(Boolean);
      problems.push({ section, index: null, field: null, message: `${file} has ${parts.join('; ')} (columns: ${[...required, ...optional].join(',')})` });
      continue;
    }
    graph[section] = [];
    where[section] = [];
    for (const { line, cells } of table.rows) {
      const index = graph[section].length;
      if (cells.length !== table.header.length) {
        problems.push({ section, index, field: null, message: `${file} line ${line} has ${cells.length} cells; the header has ${table.header.length}` });
      }
      graph[section].push(toRecord(table.header, cells));
      where[section].push(`${file} line ${line}`);
    }
  }
  return { graph, where, problems };
}

/** One row as a record: empty cells left out, `since` as a number, `topics` as a list. */
function toRecord(header: string[], cells: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const value = (cells[i] ?? '').trim();
    if (column === 'topics') record.topics = value === '' ? [] : value.split('|').map((t) => t.trim());
    else if (value === '') return;
    else if (column === 'since') record.since = /^-?\d+$/.test(value) ? Number(value) : value;
    else record[column] = value;
  });
  return record;
}

