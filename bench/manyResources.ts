/**
 * Section 3: start 1, 10 and 50 resources in one step (distinct EBS volumes in us-east-1) with the sandbox adding
 * 50 ms to every answer; wall time beside the 1-resource run of the same rounds, and, from the sandbox's record,
 * how many calls were in flight at once and where the time went. BENCH_BASELINE=<an earlier dist/index.js> adds
 * that build's 1-resource run, in the same rounds.
 */
import { startSandbox, type RecordedRequest } from '../sandbox/sandbox.js'
import type { NodeBinary } from './startup.js'
import {
  DIST,
  ROLE_TO_ASSUME,
  RUNS,
  WARMUPS,
  actionDir,
  expectSuccess,
  max,
  measure,
  median,
  ms,
  ratio,
  startInputs,
  table,
  verdict
} from './lib.js'

const COUNTS = [1, 10, 50] as const
const LATENCY_MS = 50
/** An earlier build's dist/index.js to time beside this one's 1-resource run (BENCH_BASELINE=path), if given. */
const BASELINE = process.env.BENCH_BASELINE
/** How the baseline is named in the table (BENCH_BASELINE_LABEL, e.g. the commit it was built from). */
const BASELINE_LABEL = process.env.BENCH_BASELINE_LABEL ?? BASELINE

interface Run {
  wallMs: number
  /** Spawn → first request; first StartBackupJob arrival → last StartBackupJob answer; same for DescribeBackupJob. */
  firstRequestMs: number
  startPhaseMs: number
  describePhaseMs: number
  startInFlight: number
  describeInFlight: number
  /** Starts and status checks together: the action's bound is on both. */
  backupInFlight: number
  calls: number
}

export async function manyResourcesSection(node: NodeBinary): Promise<string> {
  const sandbox = await startSandbox({ trustedRoleArns: [ROLE_TO_ASSUME], latencyMs: LATENCY_MS })
  const dir = await actionDir()
  const runs = new Map<number, Run[]>(COUNTS.map((n) => [n, []]))
  // The baseline's runs, keyed 0: one resource, interleaved with the others.
  if (BASELINE) runs.set(0, [])
  try {
    for (let round = -WARMUPS; round < RUNS; round++) {
      for (const key of runs.keys()) {
        const count = key === 0 ? 1 : key
        const before = sandbox.requests.length
        const env = await dir.prepare(startInputs(count), sandbox.env())
        const run = await measure(node.path, [key === 0 ? (BASELINE as string) : DIST], env, dir.dir)
        expectSuccess(run, await dir.outputs(), count, `${count}-resource run`)
        if (round < 0) continue
        const requests = sandbox.requests.slice(before)
        const starts = requests.filter((r) => r.operation === 'StartBackupJob')
        const describes = requests.filter((r) => r.operation === 'DescribeBackupJob')
        runs.get(key)!.push({
          wallMs: run.wallMs,
          firstRequestMs: Math.min(...requests.map((r) => r.time.getTime())) - run.spawnedAt,
          startPhaseMs: span(starts),
          describePhaseMs: span(describes),
          startInFlight: inFlight(starts),
          describeInFlight: inFlight(describes),
          backupInFlight: inFlight([...starts, ...describes]),
          calls: requests.length
        })
      }
    }
  } finally {
    await dir.close()
    await sandbox.close()
  }
  const one = median(runs.get(1)!.map((r) => r.wallMs))
  const rows = [...runs.keys()].map((key) => {
    const rs = runs.get(key)!
    const wall = median(rs.map((r) => r.wallMs))
    const target =
      key === 50
        ? verdict(wall / one <= 2, '≤ 2× the 1-resource time')
        : key === 1
          ? '(baseline)'
          : key === 0
            ? verdict(one <= wall * 1.05, 'this build no slower, within 5 %')
            : '—'
    return [
      key === 0 ? `1, with ${BASELINE_LABEL}` : String(key),
      ms(wall),
      ratio(wall, one),
      ms(median(rs.map((r) => r.firstRequestMs))),
      ms(median(rs.map((r) => r.startPhaseMs))),
      ms(median(rs.map((r) => r.describePhaseMs))),
      `${max(rs.map((r) => r.startInFlight))} / ${max(rs.map((r) => r.describeInFlight))} / ${max(rs.map((r) => r.backupInFlight))}`,
      String(median(rs.map((r) => r.calls))),
      target
    ]
  })
  return [
    `## 3. Many resources (${node.label}, sandbox latency ${LATENCY_MS} ms on every call, \`wait: false\`)`,
    '',
    `Medians of ${RUNS} runs per size, interleaved. One step starts a job per \`resource-arn\` line (distinct EBS volumes in us-east-1); without wait it then reads each job's status once. Phases are from the sandbox's record: from the first request of that operation arriving to the last one answered. Calls in flight: the most requests of that operation, and of both together, that the sandbox held at once (the action bounds each operation at 20 in a region, and reads a job's status as soon as it started).${BASELINE ? ` The row "with ${BASELINE_LABEL}" runs that earlier build's bundle in the same rounds (BENCH_BASELINE).` : ''}`,
    '',
    table(
      [
        'resources',
        'wall (median)',
        'vs 1 resource',
        'spawn → first request',
        'StartBackupJob phase',
        'DescribeBackupJob phase',
        'max in flight (start / describe / both)',
        'HTTP calls',
        'target'
      ],
      rows
    )
  ].join('\n')
}

function span(requests: readonly RecordedRequest[]): number {
  if (requests.length === 0) return NaN
  const first = Math.min(...requests.map((r) => r.time.getTime()))
  const last = Math.max(...requests.map((r) => r.time.getTime() + r.durationMs))
  return last - first
}

/** The largest number of requests whose [arrival, answer] intervals overlap. */
function inFlight(requests: readonly RecordedRequest[]): number {
  const events = requests.flatMap(
    (r) =>
      [
        [r.time.getTime(), 1],
        [r.time.getTime() + r.durationMs, -1]
      ] as const
  )
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let now = 0
  let most = 0
  for (const [, delta] of events) most = Math.max(most, (now += delta))
  return most
}
