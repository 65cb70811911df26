// Choices made on the views that are not part of the scenario (kept while switching pages).
export const viewState = $state<{
  /** Trade-offs: also sweep the upper capital limit. */
  sweepUcl: boolean;
}>({ sweepUcl: false });
