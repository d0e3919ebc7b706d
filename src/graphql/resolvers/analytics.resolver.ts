// Network-analysis queries: centrality rankings and communities of the whole network (or of some relationship types).
import { Args, Ctx, Query, Resolver } from 'type-graphql';
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
    const analysis = await ctx.services.analytics.metrics(args.via);
    const top = (metric: Metric) =>
      analysis.rankings[metric]
        .filter((node) => !args.label || node.label === (args.label as string))
        .slice(0, args.top) as unknown as NodeCentrality[];
    return {
      via: analysis.types,
      graphVersion: analysis.version,
      nodeCount: analysis.nodeCount,
      edgeCount: analysis.edgeCount,
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
    const analysis = await ctx.services.analytics.communities(args.via);
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
