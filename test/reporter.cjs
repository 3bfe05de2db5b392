// Mocha reporter: the usual spec output, plus the run's counts written to test-results/mocha.json
// so scripts/run-tests.mjs can print the closing "N passed, N failed" line that CI reads.
const fs = require('node:fs');
const path = require('node:path');
const specModule = require('mocha/lib/reporters/spec');
const Spec = specModule.Spec ?? specModule; // mocha 12 exports { Spec }

class CountingSpec extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.PRESSLINT_TEST_STATS || path.join(process.cwd(), 'test-results', 'mocha.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(runner.stats));
    });
  }
}
module.exports = CountingSpec;
