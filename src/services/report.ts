// What the report's stated figures are compared with: how many of the things each figure counts the graph names.
// Computed from the graph, never stored, so a figure and its named count can always be read side by side.
import type { StatedFigure } from '../model/report-records';
import type { Repositories } from '../store/repositories';

/** The period the report calls "the past five years". */
const PERIOD = { from: 2012, to: 2016 };

/**
 * How many of what `figure` counts the graph names, or null where the graph cannot count it (a share in percent,
 * or something the sources date but the graph does not, such as the year an organization came to Seoul).
 */
export async function namedCount(repos: Repositories, figure: StatedFigure): Promise<number | null> {
  const city = figure.subject;
  switch (figure.measure) {
    case 'PARTNER_CITIES':
    case 'SISTER_CITIES':
    case 'FRIENDSHIP_CITIES': {
      const partners = await repos.cities.partnershipsOf([city]);
      const tier = figure.measure === 'SISTER_CITIES' ? 'SISTER' : figure.measure === 'FRIENDSHIP_CITIES' ? 'FRIENDSHIP' : null;
      return partners.filter((p) => tier === null || p.tier === tier).length;
    }
    case 'NEW_PARTNER_CITIES':
      return (await repos.cities.partnershipsOf([city])).filter((p) => p.since !== null && p.since >= PERIOD.from && p.since <= PERIOD.to).length;
    case 'ORGANIZATIONS_JOINED':
      return (await repos.organizations.membershipsOfCities([city])).length;
    case 'ORGANIZATIONS_HOSTED': {
      const hostings = await repos.organizations.hostingsOfCities([city]);
      if (figure.category === null) return hostings.length;
      const organizations = await repos.organizations.getByKeys(hostings.map((h) => h.organizationId));
      return organizations.filter((o) => o.category === figure.category).length;
    }
    case 'POLICIES_SHARED': {
      const shared = (await repos.report.projectsOf([city])).filter((p) => p.relation === 'SHARES');
      return shared.filter((p) => figure.category === null || p.project.sector === figure.category).length;
    }
    case 'POLICY_RECIPIENT_CITIES':
    case 'POLICY_RECIPIENT_NATIONS': {
      const shared = (await repos.report.projectsOf([city])).filter((p) => p.relation === 'SHARES').map((p) => p.project.id);
      const recipients = (await repos.report.endsOfProjects(shared)).filter((e) => e.relation === 'RECEIVES').map((e) => e.node);
      const cities = [...new Set(recipients.filter((r) => r.label === 'City').map((r) => r.id))];
      if (figure.measure === 'POLICY_RECIPIENT_CITIES') return cities.length;
      const nations = new Set(recipients.filter((r) => r.label === 'Nation').map((r) => r.id));
      for (const c of await repos.cities.getByKeys(cities)) if (c.nationCode) nations.add(c.nationCode);
      return nations.size;
    }
    default:
      return null;
  }
}

/** The policy sectors with the cases the report states and those the graph names. */
export async function policySectors(repos: Repositories, sectors: readonly string[]): Promise<{ sector: string; statedCases: number | null; namedCases: number }[]> {
  const stated = await repos.report.statedFigures({ measure: 'POLICIES_SHARED', subjectId: null });
  const projects = await repos.report.listProjects({ sector: null, recipientId: null }, { afterName: null, afterId: null }, 10_000);
  return sectors.map((sector) => ({
    sector,
    statedCases: stated.find((f) => f.category === sector)?.value ?? null,
    namedCases: projects.filter((p) => p.sector === sector).length,
  }));
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km), rounded to 0.1 km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371.0088 * Math.asin(Math.sqrt(h)) * 10) / 10;
}
