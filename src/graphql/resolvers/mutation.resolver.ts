// Root mutations. Each one needs `Authorization: Bearer <token>` with the editor role (deletions: admin), runs in one
// store transaction (src/services/writes.ts) and returns what it changed; a refused write changes nothing.
import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { Role } from '../../auth/roles';
import type { Label } from '../../model/graph';
import type * as In from '../../model/records';
import { IMPORT_SECTIONS, importGraph, MAX_IMPORT_PROBLEMS } from '../../services/import';
import type { WriteService } from '../../services/writes';
import type { Context } from '../context';
import {
  CityInput,
  CityOrganizationInput,
  DeleteInput,
  GraphImportInput,
  HostingInput,
  MeetingInput,
  MeetingKeyInput,
  MembershipInput,
  NationInput,
  OfficeInput,
  OfficeKeyInput,
  OfficialInput,
  OrganizationInput,
  PartnerPairInput,
  PartnershipInput,
} from '../inputs';
import { City, Deletion, ImportReport, Nation, Official, Organization } from '../types';
import { guardWrite } from '../write-guard';

type Input = Record<string, unknown>;
const inputOf = (args: Record<string, unknown>) => (args.input ?? {}) as Input;
/** The audit line's ids: the values of these input fields. */
const ids = (...fields: string[]) => (args: Record<string, unknown>) => fields.map((f) => inputOf(args)[f]);
const write = (role: Role, ...fields: string[]) => UseMiddleware(guardWrite({ role, ids: ids(...fields) }));

const EDITOR = 'Needs the editor (or admin) role.';
const ADMIN = 'Needs the admin role.';

@Resolver()
export class MutationResolver {
  private service(ctx: Context): WriteService {
    return ctx.services.writes;
  }

  private remove(ctx: Context, label: Label, input: In.DeleteInput): Promise<Deletion> {
    return this.service(ctx).deleteNode(label, input);
  }

  // ---- nodes ------------------------------------------------------------------------------------------------------

  @Mutation(() => Nation, { description: `Creates a nation, or updates the one with this code. ${EDITOR}` })
  @write('editor', 'code')
  upsertNation(@Arg('input', () => NationInput, { description: 'The nation as it should now be.' }) input: In.NationInput, @Ctx() ctx: Context): Promise<Nation> {
    return this.service(ctx).upsertNation(input);
  }

  @Mutation(() => City, { description: `Creates a city, or updates the one with this id (moving it to \`nation\` if needed). NOT_FOUND when the nation does not exist. ${EDITOR}` })
  @write('editor', 'id', 'nation')
  upsertCity(@Arg('input', () => CityInput, { description: 'The city as it should now be; optional fields left out are cleared.' }) input: In.CityInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).upsertCity(input);
  }

  @Mutation(() => Organization, { description: `Creates an organization, or updates the one with this id. ${EDITOR}` })
  @write('editor', 'id')
  upsertOrganization(
    @Arg('input', () => OrganizationInput, { description: 'The organization as it should now be; optional fields left out are cleared.' }) input: In.OrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return this.service(ctx).upsertOrganization(input);
  }

  @Mutation(() => Official, { description: `Creates an official, or updates the one with this id. ${EDITOR}` })
  @write('editor', 'id')
  upsertOfficial(@Arg('input', () => OfficialInput, { description: 'The official as they should now be.' }) input: In.OfficialInput, @Ctx() ctx: Context): Promise<Official> {
    return this.service(ctx).upsertOfficial(input);
  }

  @Mutation(() => Deletion, { description: `Deletes a city. CONFLICT while it has partnerships, memberships, hosted offices or office holders, unless \`detach\`. ${ADMIN}` })
  @write('admin', 'id')
  deleteCity(@Arg('input', () => DeleteInput, { description: 'The city to delete.' }) input: In.DeleteInput, @Ctx() ctx: Context): Promise<Deletion> {
    return this.remove(ctx, 'City', input);
  }

  @Mutation(() => Deletion, { description: `Deletes a nation (\`id\` is its code). CONFLICT while cities are located in it or officials represent it, unless \`detach\`. ${ADMIN}` })
  @write('admin', 'id')
  deleteNation(@Arg('input', () => DeleteInput, { description: 'The nation to delete.' }) input: In.DeleteInput, @Ctx() ctx: Context): Promise<Deletion> {
    return this.remove(ctx, 'Nation', input);
  }

  @Mutation(() => Deletion, { description: `Deletes an organization. CONFLICT while it has members, hosted offices or office holders, unless \`detach\`. ${ADMIN}` })
  @write('admin', 'id')
  deleteOrganization(@Arg('input', () => DeleteInput, { description: 'The organization to delete.' }) input: In.DeleteInput, @Ctx() ctx: Context): Promise<Deletion> {
    return this.remove(ctx, 'Organization', input);
  }

  @Mutation(() => Deletion, { description: `Deletes an official. CONFLICT while they hold offices or have meetings, unless \`detach\`. ${ADMIN}` })
  @write('admin', 'id')
  deleteOfficial(@Arg('input', () => DeleteInput, { description: 'The official to delete.' }) input: In.DeleteInput, @Ctx() ctx: Context): Promise<Deletion> {
    return this.remove(ctx, 'Official', input);
  }

  // ---- relationships ----------------------------------------------------------------------------------------------

  @Mutation(() => City, {
    description: `Records a partnership of two cities (one per pair, whatever the order) and returns cityA. CONFLICT when they are partners already; NOT_FOUND for an unknown city. ${EDITOR}`,
  })
  @write('editor', 'cityA', 'cityB')
  linkPartners(@Arg('input', () => PartnershipInput, { description: 'The two cities and the partnership.' }) input: In.PartnershipInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).linkPartners(input);
  }

  @Mutation(() => City, { description: `Deletes the partnership of two cities and returns cityA. NOT_FOUND when they are not partners. ${EDITOR}` })
  @write('editor', 'cityA', 'cityB')
  unlinkPartners(@Arg('input', () => PartnerPairInput, { description: 'The two cities.' }) input: In.PartnerPairInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).unlinkPartners(input);
  }

  @Mutation(() => City, { description: `Records that a city is a member of an organization and returns the city. CONFLICT when it is already. ${EDITOR}` })
  @write('editor', 'city', 'organization')
  addMembership(@Arg('input', () => MembershipInput, { description: 'The city, the organization and the membership.' }) input: In.MembershipInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).addMembership(input);
  }

  @Mutation(() => City, { description: `Deletes a city's membership of an organization and returns the city. ${EDITOR}` })
  @write('editor', 'city', 'organization')
  removeMembership(@Arg('input', () => CityOrganizationInput, { description: 'The city and the organization.' }) input: In.CityOrganizationInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).removeMembership(input);
  }

  @Mutation(() => City, { description: `Records an office of an organization situated in a city and returns the city. CONFLICT when the city hosts one already. ${EDITOR}` })
  @write('editor', 'city', 'organization')
  addHosting(@Arg('input', () => HostingInput, { description: 'The city, the organization and the office.' }) input: In.HostingInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).addHosting(input);
  }

  @Mutation(() => City, { description: `Deletes the office of an organization situated in a city and returns the city. ${EDITOR}` })
  @write('editor', 'city', 'organization')
  removeHosting(@Arg('input', () => CityOrganizationInput, { description: 'The city and the organization.' }) input: In.CityOrganizationInput, @Ctx() ctx: Context): Promise<City> {
    return this.service(ctx).removeHosting(input);
  }

  @Mutation(() => Official, { description: `Records a meeting of two officials on a date and returns \`official\`. CONFLICT when it is recorded already. ${EDITOR}` })
  @write('editor', 'official', 'with', 'on')
  recordMeeting(@Arg('input', () => MeetingInput, { description: 'The two officials, the date and the topics.' }) input: In.MeetingInput, @Ctx() ctx: Context): Promise<Official> {
    return this.service(ctx).recordMeeting(input);
  }

  @Mutation(() => Official, { description: `Deletes the meeting of two officials on a date and returns \`official\`. ${EDITOR}` })
  @write('editor', 'official', 'with', 'on')
  removeMeeting(@Arg('input', () => MeetingKeyInput, { description: 'The two officials and the date.' }) input: In.MeetingKeyInput, @Ctx() ctx: Context): Promise<Official> {
    return this.service(ctx).removeMeeting(input);
  }

  @Mutation(() => Official, { description: `Records an office an official holds in a city, an organization or a nation, and returns the official. CONFLICT when they hold it already. ${EDITOR}` })
  @write('editor', 'official', 'target', 'title')
  assignOffice(@Arg('input', () => OfficeInput, { description: 'The official, what the office belongs to, and its title.' }) input: In.OfficeInput, @Ctx() ctx: Context): Promise<Official> {
    return this.service(ctx).assignOffice(input);
  }

  @Mutation(() => Official, { description: `Deletes an office an official holds and returns the official. ${EDITOR}` })
  @write('editor', 'official', 'target', 'title')
  removeOffice(@Arg('input', () => OfficeKeyInput, { description: 'The official, what the office belongs to, and its title.' }) input: In.OfficeKeyInput, @Ctx() ctx: Context): Promise<Official> {
    return this.service(ctx).removeOffice(input);
  }

  // ---- bulk import ------------------------------------------------------------------------------------------------

  @Mutation(() => ImportReport, {
    description:
      'Merges a graph in the seed format (seed/graph.json) into the stored one, in one transaction: all of it, or nothing. ' +
      'Records are created or updated by key; nothing is deleted; unchanged records are not rewritten. Every offending record ' +
      `is reported with its section and index (the first ${MAX_IMPORT_PROBLEMS}): an import with problems fails with ` +
      'BAD_USER_INPUT listing them in `extensions.problems`, a dry run returns them. Needs the admin role; a dry run, the editor role.',
  })
  @UseMiddleware(
    guardWrite({
      role: (args) => (args.dryRun ? 'editor' : 'admin'),
      ids: (args) => {
        const input = (args.input ?? {}) as Record<string, unknown>;
        return Object.fromEntries(IMPORT_SECTIONS.map((s) => [s, Array.isArray(input[s]) ? (input[s] as unknown[]).length : 0]));
      },
    }),
  )
  async importGraph(
    @Arg('input', () => GraphImportInput, { description: 'The graph to merge, in the seed format.' }) input: Record<string, unknown>,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Validate and count what would change, without writing.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    const report = await importGraph(ctx.store, input, { dryRun });
    return { ...report, ...report.counts };
  }
}
