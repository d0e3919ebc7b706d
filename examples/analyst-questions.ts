// Ten questions an analyst asks of the report, each answered by one GraphQL query (seed/NOTES.md lists them;
// test/report/analyst-questions.test.ts runs every one against the seeded graph and checks the answer).
export interface AnalystQuestion {
  question: string;
  query: string;
}

export const ANALYST_QUESTIONS: readonly AnalystQuestion[] = [
  {
    question: "What did Seoul's policy exports bring to Manila?",
    query: `{ city(id: "manila") { name policyProjectsReceived { title sector kind sharedBy { name } } } }`,
  },
  {
    question: 'Which partners of Seoul are in Africa?',
    query: `{ cities(partnerOf: "seoul", continent: AFRICA, first: 50) { totalCount edges { node { name nation { name } partners { tier city { id } } } } } }`,
  },
  {
    question: 'Where does Seoul rank in the Global Power City Index, and in the other indexes the report cites?',
    query: `{ rankings(cityId: "seoul") { index publisher rank scope detail note } }`,
  },
  {
    question: 'How many transportation policies did Seoul share, and which does the report name?',
    query: `{ policySectors { sector statedCases namedCases }
      policyProjects(sector: TRANSPORTATION, first: 50) { totalCount edges { node { title category recipients { name } } } } }`,
  },
  {
    question: 'How many international organizations are situated in Seoul, by category, and how many does the report name?',
    query: `{ statedFigures(measure: ORGANIZATIONS_HOSTED, subjectId: "seoul") { category value namedCount quote note } }`,
  },
  {
    question: "Which of Seoul's partner cities belong to the same international organizations as Seoul, and to which?",
    query: `{ partnersSharingOrganizations(cityId: "seoul") { partner { name } sharedCount organizations { name } } }`,
  },
  {
    question: "What did WeGO's Secretary General discuss with the ambassador of Kazakhstan?",
    query: `{ official(id: "ambassador-of-kazakhstan-to-korea") { meetings { on topics with { name } mentions { __typename name } } } }`,
  },
  {
    question: 'Which declarations did Seoul make, when, and at which events?',
    query: `{ events(kind: DECLARATION) { name on links { __typename name } } }`,
  },
  {
    question: 'How far is Seoul from each of its sister cities?',
    query: `{ city(id: "seoul") { partners(tier: SISTER) { distanceKm city { name location { latitude longitude source } } } } }`,
  },
  {
    question: 'What did Seoul share with Vietnam, city by city?',
    query: `{ policyProjects(recipientId: "VN", first: 50) { totalCount edges { node { title sector recipients { name ... on City { nation { code } } } } } } }`,
  },
];
