/**
 * `npm run audit`: reports known advisories for the installed dependencies. It always exits 0:
 * a new advisory published tomorrow must not break an unchanged build, so this is a report to
 * read, not a test gate.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8' });
let report;
try {
	report = JSON.parse(run.stdout);
} catch {
	console.log(`npm audit gave no report (is the registry reachable?):\n${(run.stderr || run.stdout).slice(0, 500)}`);
	process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const total = Object.values(counts).reduce((t, n) => t + (n ?? 0), 0) - (counts.total ?? 0);
console.log(`Dependency advisories: ${counts.total ?? total} (critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}, info ${counts.info ?? 0}).`);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
	const via = (v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title)).join('; ');
	console.log(`- ${name} (${v.severity}${v.isDirect ? ', direct' : ''}): ${via}${v.fixAvailable ? ' [fix available]' : ''}`);
}
process.exit(0);
