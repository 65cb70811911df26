// Choices made on the views that are not part of the scenario (kept while switching pages).
export const viewState = $state<{
  /** Council slug for the spending page's population-share estimate, or "" for England. */
  council: string;
  /** Trade-offs: also sweep the upper capital limit. */
  sweepUcl: boolean;
}>({ council: '', sweepUcl: false });
