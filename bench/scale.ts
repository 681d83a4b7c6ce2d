/**
 * Section 5: hundreds of resources against AWS's request-rate quotas. The sandbox adds 50 ms to every answer, keeps
 * a quota per operation and region (StartBackupJob 10/s, DescribeBackupJob 10/s, ListBackupJobs 5/s) and lists a new
 * job only 5 s after it was made. 10, 200 and 1,000 EBS volumes, half in us-east-1, half in eu-west-1.
 *
 * Starts: the committed dist/index.js (a pace per operation and region, learnt from throttling) beside the same
 * src/ built with the SDK's adaptive retry mode instead (bench/reference/sdkAdaptive.ts), start-only; the start's
 * wall time beside the floor the quota sets (resources per region ÷ rate), throttled requests, resources with no
 * job or with more than one. Wait: dist/index.js with wait: true, and the status calls of each poll round.
 */
import { startSandbox, type RecordedRequest, type Sandbox } from '../sandbox/sandbox.js'
import { runProcess } from '../sandbox/runner.js'
import type { NodeBinary } from './startup.js'
import { ACCOUNT, BACKUP_ROLE, DIST, ROLE_TO_ASSUME, ROOT, actionDir, median, ratio, table, verdict } from './lib.js'
import { bundleEntry } from './references.js'

const SIZES = [10, 200, 1000] as const
const REGIONS = ['us-east-1', 'eu-west-1'] as const
const LATENCY_MS = 50
const QUOTAS = { StartBackupJob: 10, DescribeBackupJob: 10, ListBackupJobs: 5 } as const
/** The low end of what an account may have (5 to 20 a second): one more start row, one run per variant. */
const LOW_QUOTAS = { StartBackupJob: 5, DescribeBackupJob: 5, ListBackupJobs: 5 } as const
type Quotas = typeof QUOTAS | typeof LOW_QUOTAS
const LIST_LAG_MS = 5_000
const POLL_SECONDS = 5
// Long enough that the wait on 1,000 jobs goes on for several rounds after the last of them is listed.
const JOB_MS = 30_000
/** Runs per figure: each 1,000-resource run takes a minute or more. */
export const SCALE_RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3) || 3)
// A gap this long between status calls starts a new poll round (rounds are POLL_SECONDS apart).
const ROUND_GAP_MS = 1_000

interface Variant {
  readonly label: string
  readonly bundle: string
}

interface StartRun {
  wallMs: number
  startMs: number
  floorMs: number
  throttled: number
  mostAttempts: number
  withoutJob: number
  twice: number
  code: number | null
}

interface WaitRun extends StartRun {
  /** Status calls (ListBackupJobs + DescribeBackupJob) per region in each round once every job was listed. */
  listedRounds: number[]
  firstRound: number
  rounds: number
  failedChecks: number
}

const volume = (i: number): string => `arn:aws:ec2:${REGIONS[i % 2]}:${ACCOUNT}:volume/vol-0bec${i.toString(16).padStart(13, '0')}`

export async function scaleSection(node: NodeBinary): Promise<string> {
  const adaptive = await bundleEntry('sdkAdaptive')
  const variants: Variant[] = [
    { label: 'the action: a pace per operation and region', bundle: DIST },
    { label: "the SDK's adaptive retry mode (bench/reference/sdkAdaptive.ts)", bundle: adaptive.path }
  ]
  const starts = new Map<string, StartRun[]>()
  const waits = new Map<number, WaitRun[]>()
  const record = <T>(map: Map<string | number, T[]>, key: string | number, run: T): void =>
    void map.set(key, [...(map.get(key) ?? []), run])
  try {
    for (let round = 0; round < SCALE_RUNS; round++) {
      for (const size of SIZES) {
        for (const variant of variants) record(starts, `${variant.label}|${size}`, await startRun(node, variant.bundle, size, QUOTAS))
        record(waits, size, await waitRun(node, size))
      }
    }
    for (const variant of variants) record(starts, `${variant.label}|low`, await startRun(node, variant.bundle, 1000, LOW_QUOTAS))
  } finally {
    await adaptive.close()
  }

  const startRows = [
    ...SIZES.flatMap((size) =>
      variants.map((variant) => [String(size), variant.label, ...startFigures(starts.get(`${variant.label}|${size}`) ?? [], size === 1000)])
    ),
    ...variants.map((variant) => [
      `1000, at ${LOW_QUOTAS.StartBackupJob}/s (1 run)`,
      variant.label,
      ...startFigures(starts.get(`${variant.label}|low`) ?? [], false)
    ])
  ]
  const waitRows = SIZES.map((size) => {
    const runs = waits.get(size) ?? []
    const perRound = runs.flatMap((r) => r.listedRounds)
    const most = perRound.length === 0 ? NaN : Math.max(...perRound)
    const target =
      size === 1000
        ? `${verdict(most <= 2, '≤ 2 calls per region and round once listed')}; ${verdict(
            runs.every((r) => r.failedChecks === 0),
            'no check failed'
          )}; ${verdict(
            runs.every((r) => r.code === 0 && r.withoutJob === 0 && r.twice === 0),
            'one job each, step succeeds'
          )}`
        : '—'
    return [
      String(size),
      `${seconds(median(runs.map((r) => r.startMs)))} (floor ${seconds(runs[0]?.floorMs ?? NaN)})`,
      String(median(runs.map((r) => r.throttled))),
      String(median(runs.map((r) => r.firstRound))),
      perRound.length === 0 ? '—' : `${median(perRound)} (max ${most})`,
      String(median(runs.map((r) => r.rounds))),
      String(Math.max(...runs.map((r) => r.failedChecks))),
      runs.map((r) => r.code).join(', '),
      target
    ]
  })

  return [
    `## 5. Hundreds of resources under rate quotas (${node.label})`,
    '',
    `The sandbox adds ${LATENCY_MS} ms to every answer and keeps a request-rate quota per operation, account and region, as AWS does: StartBackupJob ${QUOTAS.StartBackupJob}/s, DescribeBackupJob ${QUOTAS.DescribeBackupJob}/s, ListBackupJobs ${QUOTAS.ListBackupJobs}/s (a token bucket holding one second's worth; an over-quota request gets \`ThrottlingException\` and takes no effect). ListBackupJobs shows a new job ${LIST_LAG_MS / 1000} s after it was made. Resources: EBS volumes, half in us-east-1, half in eu-west-1. Medians of ${SCALE_RUNS} run${SCALE_RUNS === 1 ? '' : 's'} per row; the bench runs alone, but the machine is shared, so a few seconds either way is noise.`,
    '',
    "Starts (`wait: false`: each job's status is then read once). Start: from the first StartBackupJob's arrival to the last one answered with a job; floor: the resources of a region ÷ its quota, the least time any client can take. Throttled: requests of any operation AWS refused. Attempts: the most StartBackupJob requests one resource needed.",
    '',
    table(
      [
        'resources',
        'how throttling is met',
        'start (floor)',
        'vs floor',
        'throttled requests',
        'most attempts',
        'without a job / twice',
        'step exit',
        'target'
      ],
      startRows
    ),
    '',
    `Wait (\`wait: true\`, \`poll-interval-seconds: ${POLL_SECONDS}\`, every job running ${JOB_MS / 1000} s): the status calls (ListBackupJobs and DescribeBackupJob) of each poll round, per region. First round: the calls of the wait's first round in a region, DescribeBackupJob for each job not listed yet. Once listed: the rounds that began after the last job's creation + ${LIST_LAG_MS / 1000} s.`,
    '',
    table(
      [
        'resources',
        'start (floor)',
        'throttled requests',
        'first round, calls per region',
        'once listed, calls per region and round',
        'rounds',
        'failed checks',
        'step exit',
        'target'
      ],
      waitRows
    )
  ].join('\n')
}

function startFigures(runs: readonly StartRun[], target: boolean): string[] {
  const startMs = median(runs.map((r) => r.startMs))
  const floorMs = runs[0]?.floorMs ?? NaN
  const good = runs.every((r) => r.code === 0 && r.withoutJob === 0 && r.twice === 0)
  return [
    `${seconds(startMs)} (${seconds(floorMs)})`,
    ratio(startMs, floorMs),
    String(median(runs.map((r) => r.throttled))),
    String(Math.max(...runs.map((r) => r.mostAttempts))),
    `${Math.max(...runs.map((r) => r.withoutJob))} / ${Math.max(...runs.map((r) => r.twice))}`,
    runs.map((r) => r.code).join(', '),
    target ? `${verdict(good, 'one job each, step succeeds')}; ${verdict(startMs <= 1.3 * floorMs, '≤ 1.3× floor')}` : '—'
  ]
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

async function withScaleSandbox<T>(quotas: Quotas, body: (sandbox: Sandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({
    trustedRoleArns: [ROLE_TO_ASSUME],
    latencyMs: LATENCY_MS,
    rateQuotas: quotas,
    listLagMs: LIST_LAG_MS,
    timeline: { pendingAfterMs: 100, runningAfterMs: 500, endAfterMs: JOB_MS }
  })
  try {
    return await body(sandbox)
  } finally {
    await sandbox.close()
  }
}

async function runStep(sandbox: Sandbox, node: NodeBinary, bundle: string, size: number, wait: boolean) {
  const dir = await actionDir()
  try {
    const arns = Array.from({ length: size }, (_, i) => volume(i))
    const inputs = {
      'resource-arn': arns.join('\n'),
      'backup-vault-name': 'Default',
      'iam-role-arn': BACKUP_ROLE,
      'role-to-assume': ROLE_TO_ASSUME,
      wait: String(wait),
      'poll-interval-seconds': String(POLL_SECONDS)
    }
    const env = await dir.prepare(inputs, sandbox.env())
    const run = await runProcess({ command: node.path, args: [bundle], env, cwd: ROOT, timeoutMs: 15 * 60_000 })
    return { run, arns }
  } finally {
    await dir.close()
  }
}

function startFacts(sandbox: Sandbox, arns: readonly string[], quotas: Quotas, wallMs: number, code: number | null): StartRun {
  const starts = sandbox.requests.filter((r) => r.operation === 'StartBackupJob')
  const made = starts.filter((r) => r.status === 200)
  const first = Math.min(...starts.map((r) => r.time.getTime()))
  const last = Math.max(...made.map((r) => r.time.getTime() + r.durationMs))
  const perRegion = REGIONS.map((region) => arns.filter((arn) => arn.includes(`:${region}:`)).length)
  const attempts = new Map<string, number>()
  for (const r of starts) {
    const token = (r.body as { IdempotencyToken?: string }).IdempotencyToken ?? ''
    attempts.set(token, (attempts.get(token) ?? 0) + 1)
  }
  const jobsPerResource = new Map<string, number>()
  for (const job of sandbox.jobs()) jobsPerResource.set(job.resourceArn, (jobsPerResource.get(job.resourceArn) ?? 0) + 1)
  return {
    wallMs,
    startMs: last - first,
    floorMs: (Math.max(...perRegion) / quotas.StartBackupJob) * 1000,
    throttled: sandbox.requests.filter((r) => r.errorCode === 'ThrottlingException').length,
    mostAttempts: Math.max(...attempts.values()),
    withoutJob: arns.filter((arn) => !jobsPerResource.has(arn)).length,
    twice: [...jobsPerResource.values()].filter((n) => n > 1).length,
    code
  }
}

function startRun(node: NodeBinary, bundle: string, size: number, quotas: Quotas): Promise<StartRun> {
  return withScaleSandbox(quotas, async (sandbox) => {
    const { run, arns } = await runStep(sandbox, node, bundle, size, false)
    return startFacts(sandbox, arns, quotas, run.wallMs, run.code)
  })
}

function waitRun(node: NodeBinary, size: number): Promise<WaitRun> {
  return withScaleSandbox(QUOTAS, async (sandbox) => {
    const { run, arns } = await runStep(sandbox, node, DIST, size, true)
    const facts = startFacts(sandbox, arns, QUOTAS, run.wallMs, run.code)
    const status = sandbox.requests.filter((r) => r.operation === 'ListBackupJobs' || r.operation === 'DescribeBackupJob')
    const listedAt = Math.max(...sandbox.jobs().map((j) => j.creationDate.getTime())) + LIST_LAG_MS
    const rounds = REGIONS.map((region) => regionRounds(status, region))
    const listed = rounds.flatMap((regionRounds) => regionRounds.filter((round) => (round[0]?.time.getTime() ?? 0) >= listedAt))
    return {
      ...facts,
      listedRounds: listed.map((round) => round.length),
      firstRound: Math.max(...rounds.map((regionRounds) => regionRounds[0]?.length ?? 0)),
      rounds: Math.max(...rounds.map((regionRounds) => regionRounds.length)),
      failedChecks: run.stdout.split('\n').filter((line) => line.includes('status check') && line.includes('failed')).length
    }
  })
}

/**
 * One region's status calls grouped into poll rounds: each round begins with a ListBackupJobs (the wait lists a
 * region first, then reads alone the jobs the list does not show). A list sent within ROUND_GAP_MS of the previous
 * one's answer is that round's next page.
 */
function regionRounds(requests: readonly RecordedRequest[], region: string): RecordedRequest[][] {
  const rounds: RecordedRequest[][] = []
  let lastListEnd = -Infinity
  const mine = requests.filter((r) => r.signingRegion === region).sort((a, b) => a.time.getTime() - b.time.getTime())
  for (const request of mine) {
    const at = request.time.getTime()
    const list = request.operation === 'ListBackupJobs'
    if ((list && at - lastListEnd > ROUND_GAP_MS) || rounds.length === 0) rounds.push([])
    if (list) lastListEnd = at + request.durationMs
    rounds.at(-1)?.push(request)
  }
  return rounds
}
