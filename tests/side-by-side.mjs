// Runs npm scripts side by side, as `npm test` does with the checks (type check, lint, unit tests,
// the builds); the browser suites then run one after the other: each script's output is held and printed whole when it ends, so the log reads as if they
// ran one after another. Exits with the first failure's code once all have ended.
// Usage: node tests/side-by-side.mjs <script> [<script> …]; a script may be "a+b" for a then b.
import { spawn } from 'node:child_process';

/** Runs one npm script; resolves to its exit code and everything it printed. */
function runScript(name) {
  return new Promise((resolve) => {
    const startedMs = Date.now();
    const child = spawn('npm', ['run', '--silent', name], {
      shell: process.platform === 'win32',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    const printed = [];
    child.stdout.on('data', (chunk) => printed.push(chunk));
    child.stderr.on('data', (chunk) => printed.push(chunk));
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 1 : 0),
        printed,
        seconds: (Date.now() - startedMs) / 1000,
      }),
    );
  });
}

/** Runs "a+b+c": one after another, stopping at the first that fails. */
async function runChain(chain) {
  const printed = [];
  let seconds = 0;
  for (const name of chain.split('+')) {
    const result = await runScript(name);
    printed.push(Buffer.from(`\n> ${name}\n`), ...result.printed);
    seconds += result.seconds;
    if (result.code !== 0) return { code: result.code, printed, seconds };
  }
  return { code: 0, printed, seconds };
}

const chains = process.argv.slice(2);
const results = await Promise.all(
  chains.map(async (chain) => {
    const result = await runChain(chain);
    process.stdout.write(Buffer.concat(result.printed));
    const verdict = result.code === 0 ? 'passed' : `failed (exit ${result.code})`;
    process.stdout.write(`\n[${chain}] ${verdict} in ${result.seconds.toFixed(0)} s\n`);
    return result.code;
  }),
);
process.exit(results.find((code) => code !== 0) ?? 0);
