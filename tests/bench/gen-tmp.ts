import { exampleFile } from '/work/wt/c17/tests/bench/fixtures.ts';
for (const s of process.argv.slice(2).map(Number)) {
  const t = Date.now();
  console.log(exampleFile(s), Date.now() - t);
}
