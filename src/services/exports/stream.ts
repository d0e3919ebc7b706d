// Writes a graph to a stream in any format, page by page as the store returns them: memory holds one page of
// nodes or edges at a time, whatever the size of the graph. Waits for the stream to drain (backpressure) and
// stops reading when it is closed (a client that went away).
import type { Writable } from 'node:stream';
import type { GraphStore } from '../../store/graph-store';
import type { GraphFilter } from '../../model/graph';
import { DEFAULT_PAGE_SIZE, readEdgePages, readNodePages } from '../projection';
import { UndeclaredProperties, type GraphWriter } from './writer';

export class OutputClosedError extends Error {
  constructor() {
    super('The output stream closed before the export was written');
    this.name = 'OutputClosedError';
  }
}

export interface StreamReport {
  nodes: number;
  edges: number;
  bytes: number;
  /** Store properties the model does not declare, left out of the file (`node:key`, `edge:key`). */
  undeclared: string[];
}

export async function streamGraph(
  store: GraphStore,
  filter: GraphFilter,
  writer: GraphWriter,
  out: Writable,
  /** `signal`: aborts when the client has gone (the response closed early); no page is read after it. */
  options: { pageSize?: number; signal?: AbortSignal } = {},
): Promise<StreamReport> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const undeclared = new UndeclaredProperties();
  const report = { nodes: 0, edges: 0, bytes: 0 };
  // The header waits for the first page: if the store fails at once, nothing is sent and the server can answer 500.
  let header = writer.header();
  const write = async (text: string, flush = false) => {
    if (!text && !flush) return;
    const chunk = header + text;
    header = '';
    if (!chunk) return;
    // Each page is written before the next is read: once the output is gone, no further page is read.
    if (options.signal?.aborted || out.destroyed || out.writableEnded) throw new OutputClosedError();
    report.bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await drained(out);
  };

  if (writer.nodes) {
    for await (const page of readNodePages(store, filter, pageSize)) {
      for (const node of page) undeclared.check('node', node.properties);
      report.nodes += page.length;
      await write(page.map((node) => writer.node(node)).join(''));
    }
  }
  if (writer.edges) {
    // The separator goes out with the first edges (or at the end): a CSV of edges sends nothing before its first page.
    let separator = writer.separator();
    for await (const page of readEdgePages(store, filter, pageSize)) {
      for (const edge of page) undeclared.check('edge', edge.properties);
      report.edges += page.length;
      await write(separator + page.map((edge) => writer.edge(edge)).join(''));
      separator = '';
    }
    await write(separator);
  } else {
    await write(writer.separator());
  }
  await write(writer.footer(), true);
  return { ...report, undeclared: [...undeclared.seen].sort() };
}

export function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new OutputClosedError());
    };
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}
