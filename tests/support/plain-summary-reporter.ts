import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, which CI reads to tell a run that
 * tested something from one that tested nothing. A skipped or to-do test fails the run: a test that did not
 * run must never sit in the count as if it had passed.
 */
export default class PlainSummaryReporter implements Reporter {
  /** A run filtered by name (`-t`) skips the rest on purpose. */
  private filtered = false;

  onInit(vitest: Vitest) {
    this.filtered = Boolean(vitest.config.testNamePattern);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (skipped > 0 && !this.filtered) {
      console.error(`${skipped} test(s) skipped or marked to-do: every test must run.`);
      process.exitCode = 1;
    }
  }
}
