// The query GraphiQL opens with: the flagship traversal, written to read well in the editor.
export const FLAGSHIP_QUERY = `# Which of Seoul's partner cities sit with Seoul in the same international organizations?
# Press the play button (or Ctrl-Enter) to run it; open the docs panel (top left) to explore the schema.
query PartnersSharingOrganizations {
  partnersSharingOrganizations(cityId: "seoul") {
    sharedCount
    partner {
      name
      nation { name }
    }
    organizations {
      name
      acronym
    }
  }
}
`;
