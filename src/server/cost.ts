// Query cost: an estimate of how many values an operation can produce, refused above a limit before it runs.
// List sizes come from the stored graph: the degree statistics of each relationship type (services/degree-stats.ts),
// read once per graph version.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  getNullableType,
  isListType,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RelType } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { RELATIONSHIP_LISTS, anchoredLists, anchoredSizes, anchorsOf, type Anchor } from './list-sizes';
import { degreeStatisticsFor, figuresOf, type DegreeSnapshot, type DegreeStatistics } from '../services/degree-stats';
import { READS_PER_COST_UNIT, TRAVERSAL_FIELDS, TRAVERSAL_PAIRS, traversalCost } from './traversal-cost';

/** How many items a list the graph's statistics say nothing about (labels, topics…) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 20;

/** What one analytics field (a computation over the whole network) costs: a few per operation at most. */
export const ANALYTICS_FIELD_COST = 5000;
export const ANALYTICS_FIELDS = new Set(['Query.networkMetrics', 'Query.communities']);

/** The degree statistics the cost of a store's operations is estimated from (one per store). */
export const costStatistics = (store: GraphStore): DegreeStatistics => degreeStatisticsFor(store, [...Object.values(RELATIONSHIP_LISTS), ...TRAVERSAL_PAIRS]);

/** A connection's page size when neither `first` nor `last` is given (DEFAULT_PAGE_SIZE of the services). */
export const DEFAULT_CONNECTION_SIZE = 20;

/**
 * Each field costs 1 plus its children; a list multiplies its children by its size: `first` or `last` (or the
 * default page) for a connection,
 * `limit` where a field takes one (a field returning an object whose lists `limit` bounds scales them); for a relationship list, the largest degree of that relationship in the graph
 * (the hub) when the list hangs off one object, and the 95th percentile when it is repeated for every item of an
 * enclosing list (the degree of a typical item); without figures yet, `unsized` is called. A list hanging off a node
 * the operation names by its key (list-sizes.ts) is sized by that node's own degree (`anchored`). Analytics fields cost ANALYTICS_FIELD_COST each, alias by alias.
 * A traversal (a neighbourhood) adds the relationships it can read, from the figures too (traversal-cost.ts).
 * Introspection is free.
 */
export function graphEstimator(
  stats: DegreeSnapshot | undefined,
  nested: ReadonlySet<FieldNode>,
  unsized?: () => void,
  anchored: ReadonlyMap<FieldNode, number> = new Map(),
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    // Introspection (GraphiQL's docs panel) reads the schema, not the graph; the depth limit still bounds it.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const name = `${type.name}.${field.name}`;
    if (ANALYTICS_FIELDS.has(name)) return ANALYTICS_FIELD_COST + childComplexity;
    const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
    if (page !== null) return 1 + page * childComplexity;
    // A connection without first/last gets the default page; its `edges` list is counted by the page already.
    if (getNamedType(field.type).name.endsWith('Connection')) return 1 + DEFAULT_CONNECTION_SIZE * childComplexity;
    if (!isListType(getNullableType(field.type)) || type.name.endsWith('Connection')) {
      let reads = 0;
      if (TRAVERSAL_FIELDS.has(name) && stats) reads = traversalCost(name, stats, args);
      else if (TRAVERSAL_FIELDS.has(name)) unsized?.();
      // An object holding lists of at most `limit` items (a neighbourhood's nodes and relationships): its lists
      // were counted at ASSUMED_LIST_SIZE each, so scale them to the limit.
      if (typeof args.limit === 'number') return reads + 1 + Math.ceil((childComplexity * args.limit) / ASSUMED_LIST_SIZE);
      return reads + 1 + childComplexity;
    }
    let size = ASSUMED_LIST_SIZE;
    if (typeof args.limit === 'number') size = args.limit;
    else if (RELATIONSHIP_LISTS[name] && anchored.has(node)) size = anchored.get(node)!;
    else if (RELATIONSHIP_LISTS[name] && !stats) unsized?.();
    else if (RELATIONSHIP_LISTS[name]) {
      const figures = figuresOf(stats!, ...RELATIONSHIP_LISTS[name]);
      size = nested.has(node) ? figures.high : figures.max;
    }
    return 1 + size * childComplexity;
  };
}

/** The fields of the operations that sit inside a list field (fields of fragments count as not nested: the hub's size). */
export function nestedFields(schema: GraphQLSchema, document: DocumentNode): Set<FieldNode> {
  const nested = new Set<FieldNode>();
  const typeInfo = new TypeInfo(schema);
  const lists: boolean[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: () => false,
      Field: {
        enter(node) {
          if (lists.includes(true)) nested.add(node);
          const def = typeInfo.getFieldDef();
          lists.push(def ? isListType(getNullableType(def.type)) : false);
        },
        leave() {
          lists.pop();
        },
      },
    }),
  );
  return nested;
}

/** Estimates kept per document (for as many sets of variables and node degrees); past this many, forgotten all at once. */
const ESTIMATES_KEPT = 256;

/**
 * What the cost of one parsed document depends on, worked out once: Apollo keeps parsed documents, so a repeated
 * operation is the same DocumentNode, and its walks (nested fields, anchored lists, the estimate itself) need not be
 * repeated per request. An estimate depends on the request only through the variables that size lists (`first`,
 * `last`, `limit`, a neighbourhood's `depth` and `via`) or skip fields (`@skip`, `@include`), which variables are null or missing (an argument that cannot
 * be read makes the estimate fail), the anchored nodes' degrees and the degree figures: `estimates` is keyed by
 * those, and emptied when the figures change.
 */
interface DocumentCost {
  nested: Set<FieldNode>;
  anchors: Anchor[];
  /** The variables an estimate reads the values of. */
  sizing: string[];
  figures?: DegreeSnapshot;
  estimates: Map<string, number | null>;
}

// `depth` and `via` price a neighbourhood by the relationships it can read (traversal-cost.ts).
const SIZING_ARGUMENTS = new Set(['first', 'last', 'limit', 'depth', 'via']);

function documentCost(schema: GraphQLSchema, document: DocumentNode, plans: WeakMap<DocumentNode, DocumentCost>): DocumentCost {
  let plan = plans.get(document);
  if (!plan) {
    const sizing = new Set<string>();
    let inside = 0; // > 0 within a sizing argument or a directive
    const sizes = (node: ArgumentNode) => SIZING_ARGUMENTS.has(node.name.value);
    visit(document, {
      Argument: { enter: (node) => void (sizes(node) && (inside += 1)), leave: (node) => void (sizes(node) && (inside -= 1)) },
      Directive: { enter: () => void (inside += 1), leave: () => void (inside -= 1) },
      Variable: (node) => void (inside > 0 && sizing.add(node.name.value)),
    });
    plan = { nested: nestedFields(schema, document), anchors: anchorsOf(schema, document), sizing: [...sizing], estimates: new Map() };
    plans.set(document, plan);
  }
  return plan;
}

/** The key of an estimate in its document's `estimates` (see DocumentCost). */
function estimateKey(plan: DocumentCost, operation: OperationDefinitionNode, operationName: string | undefined, variables: Record<string, unknown>, anchored: ReadonlyMap<FieldNode, number>): string {
  const absent = (operation.variableDefinitions ?? []).map((d) => (variables[d.variable.name.value] === undefined ? 'u' : variables[d.variable.name.value] === null ? 'n' : 'v')).join('');
  const degrees = plan.anchors.flatMap((a) => a.lists.map((l) => anchored.get(l.node) ?? '-')).join(',');
  return `${operationName ?? ''}|${absent}|${JSON.stringify(plan.sizing.map((name) => variables[name] ?? null))}|${degrees}`;
}

/** Refuses, with HTTP 400 and a message naming the limit, any operation whose estimated cost exceeds maxCost. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number, statistics?: DegreeStatistics): ApolloServerPlugin {
  const plans = new WeakMap<DocumentNode, DocumentCost>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // The figures of the current graph version when they are read; a read is started when due, and awaited
          // only by an operation that has a relationship list to size and nothing read yet to size it with.
          statistics?.current().catch(() => undefined);
          const plan = documentCost(schema, document, plans);
          const variables = request.variables ?? {};
          // The named nodes' own degrees; if they cannot be read, those lists are sized from the figures instead.
          const anchored = statistics
            ? await anchoredSizes(anchoredLists(schema, document, variables, plan.anchors), statistics).catch(() => new Map<FieldNode, number>())
            : new Map<FieldNode, number>();
          // Variables that do not fit their types (an unknown enum value, a missing field): nothing can run, and
          // Apollo answers 400 BAD_USER_INPUT when it coerces them. Thrown from here, the error would be a 500.
          let failure: string | undefined;
          const estimate = (stats: DegreeSnapshot | undefined, unsized?: () => void): number | null => {
            try {
              return getComplexity({
                schema,
                query: document,
                variables: request.variables,
                operationName: request.operationName,
                estimators: [graphEstimator(stats, plan.nested, unsized, anchored)],
              });
            } catch (error) {
              if (!(error instanceof GraphQLError)) throw error;
              failure = error.message;
              return null;
            }
          };
          let cost: number | null;
          const figures = statistics?.peek();
          if (figures && operation) {
            // Once per document, figures and key (the variables' types are checked every time: the estimate fails
            // on variables that do not fit, and an estimate for other values must not stand in for that).
            if (plan.figures !== figures || plan.estimates.size >= ESTIMATES_KEPT) plan.estimates.clear();
            plan.figures = figures;
            if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) {
              cost = null;
            } else {
              const key = estimateKey(plan, operation, request.operationName, variables, anchored);
              if (!plan.estimates.has(key)) plan.estimates.set(key, estimate(figures));
              cost = plan.estimates.get(key)!;
            }
          } else {
            let unsized = false;
            cost = estimate(figures, () => (unsized = true));
            if (cost !== null && unsized && statistics) {
              let stats: DegreeSnapshot;
              try {
                stats = await statistics.current();
              } catch {
                throw new GraphQLError("The graph's degree figures, which this operation's cost is estimated from, could not be read: retry shortly.", {
                  extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5, http: { status: 503 } },
                });
              }
              cost = estimate(stats);
            }
          }
          if (cost === null) {
            if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;
            // The variables fit their types and still no estimate (an explicit null for a variable with a default,
            // passed to an argument that needs a value): the operation must not run uncosted.
            throw new GraphQLError(`This operation's cost cannot be estimated with these variables${failure ? `: ${failure}` : ''}`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded: this operation is estimated at ${cost} (list sizes from the graph's ` +
                `degrees, ${ANALYTICS_FIELD_COST} per analytics field, one per ${READS_PER_COST_UNIT} relationships a neighbourhood can read). ` +
                'Nest fewer lists, ask for smaller pages, or fewer or smaller neighbourhoods.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
