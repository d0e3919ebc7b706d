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
 * rather than the FLOATs the driver sends for plain numbers. Non-integral numbers, strings, booleans,
 * null, bigints and driver values (Integer, temporal, spatial) pass through unchanged.
 */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) < INT64_LIMIT ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map(toNeo4jParam);
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

function integerToJs(value: Integer): number | bigint {
  return value.inSafeRange() ? value.toNumber() : value.toBigInt();
}

function propertiesToJs(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(properties)) out[key] = fromNeo4jValue(item);
  return out;
}

function nodeToJs(node: Node): Record<string, unknown> {
  return { _id: node.elementId, _labels: [...node.labels], ...propertiesToJs(node.properties) };
}

function relationshipToJs(rel: Relationship): Record<string, unknown> {
  return {
    _id: rel.elementId,
    _type: rel.type,
    _start: rel.startNodeElementId,
    _end: rel.endNodeElementId,
    ...propertiesToJs(rel.properties),
  };
}

/**
 * Turns a value returned by neo4j-driver into plain JS: Integer → number (bigint outside the safe
 * range), temporal values → ISO strings, nodes → `{_id, _labels, ...props}`, relationships →
 * `{_id, _type, _start, _end, ...props}` (ids are element ids), paths → `{nodes, relationships}` in
 * path order, points → `{srid, x, y, z?}`, lists and maps recursively.
 */
export function fromNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return integerToJs(value);
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (isNode(value)) return nodeToJs(value);
  if (isRelationship(value)) return relationshipToJs(value);
  if (isUnboundRelationship(value)) {
    return { _id: value.elementId, _type: value.type, ...propertiesToJs(value.properties) };
  }
  if (isPath(value)) {
    const nodes = [nodeToJs(value.start), ...value.segments.map((segment) => nodeToJs(segment.end))];
    return { nodes, relationships: value.segments.map((segment) => relationshipToJs(segment.relationship)) };
  }
  // Date.toString() is already 'YYYY-MM-DD'; the others give ISO 8601 (DateTime with offset and/or [zone]).
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const srid = fromNeo4jValue(value.srid);
    return value.z === undefined ? { srid, x: value.x, y: value.y } : { srid, x: value.x, y: value.y, z: value.z };
  }
  if (isUUID(value)) return value.toString();
  if (isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>);
  if (isPlainObject(value)) return propertiesToJs(value);
  return value;
}

/** One driver record as a plain row keyed by the record's keys. */
export function fromNeo4jRecord(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = fromNeo4jValue(record.get(key));
  return row;
}
