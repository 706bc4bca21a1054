// A jest reporter that ends the run with one line per failed test, after
// everything else, so a CI log cut in the middle still names what failed.
export default class FailedTestsReporter {
  onRunComplete(_contexts, results) {
    const failed = results.testResults.flatMap((file) => [
      ...(file.testExecError ? [`${file.testFilePath}: ${file.testExecError.message}`] : []),
      ...file.testResults
        .filter((test) => test.status === 'failed')
        .map((test) => `${file.testFilePath.replace(`${process.cwd()}/`, '')}: ${test.fullName}`),
    ]);
    if (failed.length === 0) return;
    process.stderr.write(
      `\n${failed.length} failed:\n${failed.map((line) => `  ✕ ${line}\n`).join('')}`,
    );
  }
}
