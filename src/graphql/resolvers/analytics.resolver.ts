// Network-analysis queries: centrality rankings and communities of the whole network (or of some relationship types).
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Label } from '../../model/graph';
import type { Metric } from '../../services/analytics/analytics-service';
import { Communities, NetworkArgs, NetworkMetrics, NetworkMetricsArgs, type NodeCentrality } from '../analytics';
import type { Context } from '../context';

@Resolver()
export class AnalyticsResolver {
  @Query(() => NetworkMetrics, {
    description:
      'Centrality of the nodes of the network: the top nodes by degree, betweenness, closeness and PageRank. Values agree ' +
      'with NetworkX on the same graph (see `via`). Computed on first use and cached until the graph changes.',
  })
  async networkMetrics(@Args() args: NetworkMetricsArgs, @Ctx() ctx: Context): Promise<NetworkMetrics> {
    const analysis = await ctx.services.analytics.metrics(args.via, { signal: ctx.signal });
    const top = (metric: Metric) => analysis.ranked(metric, { label: args.label as Label | null, limit: args.top }) as unknown as NodeCentrality[];
    return {
      via: analysis.types,
      graphVersion: analysis.version,
      nodeCount: analysis.nodeCount,
      edgeCount: analysis.edgeCount,
      exact: analysis.exact,
      sampleSize: analysis.sampleSize,
      sampleSeed: analysis.seed,
      byDegree: top('degreeCentrality'),
      byBetweenness: top('betweenness'),
      byCloseness: top('closeness'),
      byPageRank: top('pageRank'),
    };
  }

  @Query(() => Communities, {
    description:
      'Communities of the network by the Louvain method, with their members. Computed on first use and cached until the graph changes.',
  })
  async communities(@Args() args: NetworkArgs, @Ctx() ctx: Context): Promise<Communities> {
    const analysis = await ctx.services.analytics.communities(args.via, { signal: ctx.signal });
    return {
      via: analysis.types,
      graphVersion: analysis.version,
      nodeCount: analysis.nodeCount,
      edgeCount: analysis.edgeCount,
      modularity: analysis.partition.modularity,
      communities: analysis.partition.communities.map((ids, index) => ({
        id: index,
        size: ids.length,
        members: ids
          .map((id) => ({ id, ...analysis.nodes.get(id)! }))
          .filter((node) => !args.label || node.label === (args.label as string)),
      })),
    };
  }
}
