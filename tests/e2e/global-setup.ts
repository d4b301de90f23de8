import { findSetupProblem } from './chromium-path';

export default function setup() {
  const problem = findSetupProblem();
  if (problem) throw new Error(`\n\n${problem}\n`);
}
