/** One Plan–Do–Study–Act cycle (docs/framework.md, "Underneath every element"). */
export interface PdsaEntry {
  id: string;
  createdAt: string;
  aim: string;
  change: string;
  prediction: string;
  whatHappened: string;
  learned: string;
  nextCycle: string;
}
