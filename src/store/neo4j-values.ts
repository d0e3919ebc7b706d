// Value mapping between plain JS (the store port's contract) and neo4j-driver's value classes.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  isUUID,
  isVector,
  type Integer,
  type Node,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import type { Params, Row } from './port';

/** 2^63: integral JS numbers at or beyond this magnitude do not fit a Neo4j INTEGER and stay floats. */
const INT64_LIMIT = 2 ** 63;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Converts every integral JS number in `value` (recursing through arrays and plain objects) to
 * `neo4j.int`, so Neo4j sees INTEGERs (`LIMIT $limit`, integer division, `=` against stored integers)
 * as the embedded engine does, rather than the FLOATs the driver sends for plain numbers. A JS `Date`
 * becomes a zoned DATETIME in UTC (the embedded engine also takes it as an instant); the driver would
 * otherwise send it as an empty map. Non-integral numbers, strings, booleans, null, bigints (the driver
 * sends those as INTEGERs) and driver values (Integer, temporal, spatial) pass through unchanged.
 */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) < INT64_LIMIT ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value instanceof Date) return utcDateTime(value);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toNeo4jParam(item);
    return out;
  }
  return value;
}

/** `toNeo4jParam` over a parameter map. */
export function toNeo4jParams(params: Params): Params {
  return toNeo4jParam(params ?? {}) as Params;
}

function utcDateTime(date: Date): unknown {
  if (Number.isNaN(date.getTime())) throw new TypeError('Invalid Date passed as a query parameter');
  return new neo4j.types.DateTime(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds() * 1_000_000,
    0,
  );
}

function integerToJs(value: Integer): number | bigint {
  return value.inSafeRange() ? value.toNumber() : value.toBigInt();
}

/** A bigint (a driver built with `useBigInt`, int vectors) as the embedded adapter returns it. */
function bigintToJs(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** Converted entries in key order, as the embedded engine returns maps (so JSON output matches too). */
function sortedEntries(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map).sort()) out[key] = fromNeo4jValue(map[key]);
  return out;
}

function nodeToJs(node: Node): Record<string, unknown> {
  return { _id: node.elementId, _labels: [...node.labels], ...sortedEntries(node.properties) };
}

function relationshipToJs(rel: Relationship): Record<string, unknown> {
  return {
    _id: rel.elementId,
    _source: rel.startNodeElementId,
    _target: rel.endNodeElementId,
    _type: rel.type,
    ...sortedEntries(rel.properties),
  };
}

/**
 * The driver pads fractional seconds to nine digits ('14:30:00.500000000'); Neo4j's own `toString()`
 * and the embedded engine print the shortest form ('14:30:00.5'). Only seconds carry a '.' in these
 * strings, so trimming the first fraction is safe.
 */
function trimFraction(text: string): string {
  return text.replace(/\.(\d+)/, (_match, digits: string) => {
    const trimmed = digits.replace(/0+$/, '');
    return trimmed ? `.${trimmed}` : '';
  });
}

/** The driver leaves a dangling 'T' when a duration has no time part ('P1Y2MT', 'P1DT'). */
function durationToString(text: string): string {
  const out = trimFraction(text).replace(/T$/, '');
  return out === 'P' ? 'PT0S' : out;
}

/**
 * Turns a value returned by neo4j-driver into plain JS, in the shapes the embedded adapter returns:
 * Integer → number (bigint outside the safe range); temporal values → ISO 8601 strings (dates
 * 'YYYY-MM-DD', zoned datetimes with their offset and/or [zone], shortest fractional seconds,
 * durations 'P1Y2M3DT1H'); nodes → `{_id, _labels, ...props}`; relationships →
 * `{_id, _source, _target, _type, ...props}`; paths → `{nodes, edges}` in path order; points →
 * `{srid, x, y, z?}`; lists and maps recursively (map keys sorted). Ids are Neo4j element ids
 * (strings; the embedded engine's are numbers): opaque, never to be stored or compared across engines.
 */
export function fromNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return bigintToJs(value);
  if (typeof value !== 'object') return value;
  if (isInt(value)) return integerToJs(value);
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (isNode(value)) return nodeToJs(value);
  if (isRelationship(value)) return relationshipToJs(value);
  if (isUnboundRelationship(value)) {
    return { _id: value.elementId, _type: value.type, ...sortedEntries(value.properties) };
  }
  if (isPath(value)) {
    const nodes = [nodeToJs(value.start), ...value.segments.map((segment) => nodeToJs(segment.end))];
    return { nodes, edges: value.segments.map((segment) => relationshipToJs(segment.relationship)) };
  }
  if (isDuration(value)) return durationToString(value.toString());
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) {
    return trimFraction(value.toString());
  }
  if (isPoint(value)) {
    const srid = fromNeo4jValue(value.srid);
    return value.z == null ? { srid, x: value.x, y: value.y } : { srid, x: value.x, y: value.y, z: value.z };
  }
  if (isUUID(value)) return value.toString();
  if (isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, fromNeo4jValue);
  if (isPlainObject(value)) return sortedEntries(value);
  return value;
}

/** One driver record as a plain row keyed by the record's keys. */
export function fromNeo4jRecord(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = fromNeo4jValue(record.get(key));
  return row;
}
