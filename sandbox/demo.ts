/**
 * `npm start`: the action's main job against the loopback sandbox, as a newcomer's first look. Starts the
 * sandbox, runs the committed dist/index.js with wait: true as the runner would (sandbox/runner.ts; OIDC role, one
 * EBS volume) on the Node running this script (npm start: the pinned Node 24, the action's runtime), shows its log
 * as it runs, then its outputs and what the sandbox saw, and stops the sandbox.
 *
 * Pick a scenario with the first argument or DEMO_SCENARIO: completed (default), failed, throttled, wait (start
 * without waiting, other work for a few seconds, then the wait sub-action, dist/wait/index.js), copy (the backup
 * copied to a vault in another region and one in a backup account).
 */
import { join, resolve } from 'node:path'
import { startSandbox, type FaultRule, type JobTimeline, type RecordedRequest } from './sandbox.js'
import { runStep, shownLine } from './runner.js'

interface Scenario {
  readonly about: string
  readonly timeline: JobTimeline
  readonly faults: readonly FaultRule[]
  readonly stepFails: boolean
  /** Start without waiting, do other work this long, then wait with the wait sub-action. */
  readonly waitLaterMs?: number
  /** Destination vaults to copy the backup to. */
  readonly copyTo?: readonly string[]
}

const SCENARIOS: Record<string, Scenario> = {
  completed: {
    about: 'a backup that runs for a few seconds and completes',
    timeline: { pendingAfterMs: 500, runningAfterMs: 1500, endAfterMs: 6000, backupSizeInBytes: 8 * 1024 ** 3 },
    faults: [],
    stepFails: false
  },
  failed: {
    about: 'a backup that fails while running: the step fails with the reason AWS gives',
    timeline: {
      pendingAfterMs: 500,
      runningAfterMs: 1500,
      endAfterMs: 3000,
      endState: 'FAILED',
      statusMessage: 'Insufficient privileges to perform snapshot.'
    },
    faults: [],
    stepFails: true
  },
  throttled: {
    about: 'StartBackupJob throttled twice: the SDK retries with the same idempotency token, one job starts',
    timeline: { pendingAfterMs: 300, runningAfterMs: 800, endAfterMs: 3000 },
    faults: [{ service: 'backup', operation: 'StartBackupJob', kind: 'throttle', times: 2 }],
    stepFails: false
  },
  wait: {
    about: 'start the backup, build for a few seconds while it runs, then wait for it with the wait sub-action',
    timeline: { pendingAfterMs: 500, runningAfterMs: 1500, endAfterMs: 7000, backupSizeInBytes: 8 * 1024 ** 3 },
    faults: [],
    stepFails: false,
    waitLaterMs: 3000
  },
  copy: {
    about: 'a backup copied, once it completes, to a vault in another region and to one in a backup account',
    timeline: { pendingAfterMs: 300, runningAfterMs: 800, endAfterMs: 3000, backupSizeInBytes: 8 * 1024 ** 3 },
    faults: [],
    stepFails: false,
    copyTo: ['arn:aws:backup:us-west-2:123456789012:backup-vault:dr', 'arn:aws:backup:us-east-1:210987654321:backup-vault:backup-account']
  }
}

const root = resolve(import.meta.dirname, '..', '..', '..')
const name = process.argv[2] ?? process.env.DEMO_SCENARIO ?? 'completed'
const scenario = SCENARIOS[name]
if (!scenario) {
  process.stderr.write(`Unknown scenario "${name}"; choose one of: ${Object.keys(SCENARIOS).join(', ')}.\n`)
  process.exit(2)
}

const ROLE = 'arn:aws:iam::123456789012:role/github-backup'
const sandbox = await startSandbox({
  trustedRoleArns: [ROLE],
  timeline: scenario.timeline,
  copyTimeline: { runningAfterMs: 500, endAfterMs: 2500 }
})
scenario.faults.forEach((rule) => sandbox.fault(rule))

const inputs = {
  'resource-arn': 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0',
  'backup-vault-name': 'Default',
  'iam-role-arn': 'arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole',
  'role-to-assume': ROLE,
  wait: scenario.waitLaterMs === undefined ? 'true' : 'false',
  'poll-interval-seconds': '1',
  'copy-to-backup-vault-arn': (scenario.copyTo ?? []).join('\n')
}
say(`Scenario "${name}": ${scenario.about}.`)
say(`Sandbox on ${sandbox.url}; running dist/index.js with wait: ${inputs.wait}.\n`)
const runId = String(Date.now())
let { code, outputs } = await step(join(root, 'action.yml'), inputs)
if (scenario.waitLaterMs !== undefined && code === 0) {
  say(`\nThe backup runs; meanwhile the workflow builds and tests (${scenario.waitLaterMs / 1000} s here).`)
  await new Promise((resolve) => setTimeout(resolve, scenario.waitLaterMs))
  say("\nNow the wait sub-action (wait/action.yml, dist/wait/index.js), given the start step's backup-jobs output:\n")
  const waitInputs = { 'backup-jobs': outputs['backup-jobs'] ?? '', 'role-to-assume': ROLE, 'poll-interval-seconds': '1' }
  ;({ code, outputs } = await step(join(root, 'wait', 'action.yml'), waitInputs))
}

/** Runs one step of the workflow, showing its log as the runner does, as it comes. */
function step(actionYml: string, stepInputs: Record<string, string>) {
  return runStep({
    actionYml,
    bundle: join(root, 'dist', actionYml.endsWith(join('wait', 'action.yml')) ? 'wait' : '', 'index.js'),
    inputs: stepInputs,
    env: sandbox.env(),
    run: { runId, workflow: 'demo', action: 'backup' },
    // Masks and debug lines hidden, annotations as "Error:"/"Warning:" lines.
    onStdoutLine: (line) => {
      const shown = shownLine(line)
      if (shown !== undefined) say(shown)
    },
    onStderr: (text) => void process.stderr.write(text),
    timeoutMs: 5 * 60_000
  })
}

say(`\nThe step exited with code ${code}. Its outputs:`)
for (const [output, value] of Object.entries(outputs)) say(`  ${output}: ${value.replace(/\n/g, '\n    ')}`)
say('\nWhat the sandbox saw (OIDC token endpoint, STS, AWS Backup):')
say(requestSummary(sandbox.requests))
await sandbox.close()

const asExpected = (code === 0) !== scenario.stepFails
say(
  asExpected
    ? `\nThe step ${scenario.stepFails ? 'failed' : 'succeeded'}, as this scenario expects.`
    : '\nThe step did not behave as this scenario expects.'
)
process.exit(asExpected ? 0 : 1)

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** One line per operation: how many calls, and the answers they got. */
function requestSummary(requests: readonly RecordedRequest[]): string {
  const rows = new Map<string, { calls: number; answers: Map<string, number> }>()
  for (const request of requests) {
    const key = `${request.service} ${request.operation}`
    const row = rows.get(key) ?? { calls: 0, answers: new Map<string, number>() }
    const answer = request.dropped ? 'dropped' : `${request.status}${request.errorCode ? ` ${request.errorCode}` : ''}`
    row.calls++
    row.answers.set(answer, (row.answers.get(answer) ?? 0) + 1)
    rows.set(key, row)
  }
  return [...rows]
    .map(
      ([key, row]) =>
        `  ${key.padEnd(32)} ${String(row.calls).padStart(3)} × (${[...row.answers].map(([a, n]) => `${n} × ${a}`).join(', ')})`
    )
    .join('\n')
}
