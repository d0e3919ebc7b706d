// The CSV form of the import: RFC 4180 parsing, and a directory of section files read into the import document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv, readCsvDirectory } from '../../src/import/csv';

test('quoted fields hold commas, quotes and newlines; CRLF, a BOM and blank lines are fine', () => {
  const text = '\ufeffid,name,note\r\na,"Paris, France","He said ""hi"""\r\n\r\nb,"two\nlines",\r\n';
  expect(parseCsv(text)).toEqual({
    header: ['id', 'name', 'note'],
    rows: [
      { line: 2, cells: ['a', 'Paris, France', 'He said "hi"'] },
      { line: 4, cells: ['b', 'two\nlines', ''] },
    ],
  });
});

test('an unclosed quote or a stray quote is a syntax error with its line', () => {
  expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/line 2: a quoted field is not closed/);
  expect(() => parseCsv('a,b\n1,x"y\n')).toThrow(/line 2: a quote inside an unquoted field/);
});

function directory(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-import-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

test('one file per section: empty cells are absent, since is a number, topics split on |, each record knows its line', () => {
  const dir = directory({
    'cities.csv': 'id,name,kind,nation,source,nationSource\nlyon,Lyon,CITY,FR,s,\n',
    'partnerships.csv': 'cityA,cityB,tier,since,source\nlyon,seoul,SISTER,1990,s\nlyon,paris,SISTER,,s\n',
    'meetings.csv': 'official,with,on,topics,source\na,b,2019-01,"x | y",s\na,b,2019-02,,s\n',
    'NOTES.md': 'ignored',
  });
  const { graph, where, problems } = readCsvDirectory(dir);
  expect(problems).toEqual([]);
  expect(graph.cities).toEqual([{ id: 'lyon', name: 'Lyon', kind: 'CITY', nation: 'FR', source: 's' }]);
  expect(graph.partnerships.map((p) => p.since)).toEqual([1990, undefined]);
  expect(graph.meetings.map((m) => m.topics)).toEqual([['x', 'y'], []]);
  expect(where.partnerships).toEqual(['partnerships.csv line 2', 'partnerships.csv line 3']);
});

test('unknown files, bad headers and ragged rows are problems of their file', () => {
  const dir = directory({
    'towns.csv': 'id\nx\n',
    'cities.csv': 'id,name,kind,nation,population\nx,X,CITY,FR,3\n',
    'nations.csv': 'code,name,source\nFR,France\n',
  });
  const messages = readCsvDirectory(dir).problems.map((p) => `${p.section}: ${p.message}`);
  expect(messages).toEqual([
    expect.stringMatching(/^cities: cities.csv has no column "source"; unknown column "population"/),
    'nations: nations.csv line 2 has 2 cells; the header has 3',
    expect.stringMatching(/^input: towns.csv is not a section file/),
  ]);
  expect(readCsvDirectory(directory({})).problems[0].message).toMatch(/holds no \.csv file/);
});
