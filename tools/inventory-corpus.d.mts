export function generateOrganisation(options: {
  repositories?: number;
  secrets?: number;
  random: { int(bound: number): number };
}): object[];
