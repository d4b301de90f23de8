/** Why an import was refused, one sentence per problem. */
export interface ImportProblemMessages {
  tooLarge: string;
  notText: string;
  notJson: string;
  notAnExport: string;
  newerVersion: string;
  notReadable: string;
  historyFull: string;
  tooManyOwnCards: (count: number, limit: number) => string;
  missingSection: (section: string) => string;
  badSection: (section: string) => string;
  missingField: (field: string) => string;
  badField: (field: string) => string;
  unknownField: (field: string) => string;
  badFileField: (field: string) => string;
  badHiddenCard: (position: number) => string;
  badLogEntry: (position: number) => string;
  badIntention: (position: number) => string;
  badOwnCard: (position: number) => string;
}
