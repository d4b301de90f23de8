import { findFirefoxSetupProblem } from './firefox-path';

export default function setup() {
  const problem = findFirefoxSetupProblem();
  if (problem) throw new Error(`\n\n${problem}\n`);
}
