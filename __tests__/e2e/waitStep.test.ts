import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type JobTimeline, type Sandbox } from '../../sandbox/sandbox.js'
import { actionOutputNames, workflowCommands } from '../../sandbox/runner.js'
import { errorAnnotations, logLines, nodeBinaries, runAction, WAIT_ACTION, type ActionRun } from './runAction.js'
import { expectNoLeaks } from './secrets.js'
import { strayCommands } from './scenario.js'

const ACCOUNT = '123456789012'
const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
// A role in a tooling account, whose ARN holds no id of the account the backups are in.
const TOOLING_ROLE = 'arn:aws:iam::999999999999:role/github-backup'
const ebs = (name: string, region = 'us-east-1'): string => `arn:aws:ec2:${region}:${ACCOUNT}:volume/vol-${name}`
const START = {
  'backup-vault-name': 'Default',
  'iam-role-arn': `arn:aws:iam::${ACCOUNT}:role/backup`,
  'role-to-assume': ROLE_TO_ASSUME
}
const WAIT = { 'role-to-assume': ROLE_TO_ASSUME, 'poll-interval-seconds': '1' }
// Each resource name picks its timeline, so one sandbox serves every case.
const TIMELINES: Record<string, JobTimeline> = {
  completes: { pendingAfterMs: 100, runningAfterMs: 300, endAfterMs: 2500, endState: 'COMPLETED', backupSizeInBytes: 3 * 1024 ** 3 },
  fails: { runningAfterMs: 100, endAfterMs: 1500, endState: 'FAILED', statusMessage: 'The volume is in use by another snapshot.' },
  slow: { runningAfterMs: 100, endAfterMs: Infinity }
}
let counter = 0

/**
 * The outputs of a step as another job of the workflow gets them through `needs.<job>.outputs`: the runner withholds
 * every output that contains a value the step masked.
 */
function outputsForOtherJobs(run: ActionRun): Record<string, string> {
  const masked = workflowCommands(run.stdout)
    .filter((command) => command.command === 'add-mask')
    .map((command) => command.message)
  return Object.fromEntries(Object.entries(run.outputs).filter(([, value]) => !masked.some((secret) => value.includes(secret))))
}

describe.each(nodeBinaries())('the wait sub-action with the real bundles on %s', (_, node) => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox({
      trustedRoleArns: [ROLE_TO_ASSUME, TOOLING_ROLE],
      timeline: (arn) => TIMELINES[Object.keys(TIMELINES).find((name) => arn.includes(name)) ?? 'completes']
    })
  })
  afterAll(() => sandbox.close())

  /** Each start its own run id, so no idempotency token is reused across cases. */
  const start = (resources: string[], inputs: Record<string, string> = {}) =>
    runAction({
      node,
      inputs: { ...START, 'resource-arn': resources.join('\n'), ...inputs },
      env: { ...sandbox.env(), GITHUB_RUN_ID: `${8000 + ++counter}` }
    })
  const waitStep = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ node, action: WAIT_ACTION, inputs: { ...WAIT, ...inputs }, env: { ...sandbox.env(), ...env } })

  it("waits for the jobs of the start step's backup-jobs output, in their order, with the outputs wait/action.yml declares", async () => {
    const started = await start([ebs('completes-a'), ebs('completes-b', 'eu-west-1')])
    expect(started.code).toBe(0)
    const before = sandbox.issuedSecrets()
    const starts = sandbox.requests.filter((r) => r.operation === 'StartBackupJob').length
    const run = await waitStep({ 'backup-jobs': started.outputs['backup-jobs']! })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(sandbox.requests.filter((r) => r.operation === 'StartBackupJob')).toHaveLength(starts)
    expect(Object.keys(run.outputs).sort()).toEqual(actionOutputNames(WAIT_ACTION.actionYml).sort())
    const ids = started.outputs['backup-job-id']!.split('\n')
    expect(run.outputs['backup-job-id']).toBe(ids.join('\n'))
    expect(run.outputs.state).toBe('COMPLETED\nCOMPLETED')
    expect(run.outputs['recovery-point-arn']!.split('\n')).toEqual(ids.map((id) => sandbox.job(id)!.recoveryPointArn))
    expect(JSON.parse(run.outputs['backup-jobs']!).map((j: { region: string }) => j.region)).toEqual(['us-east-1', 'eu-west-1'])
    const log = logLines(run)
    expect(log).toContainEqual(expect.stringMatching(/^Waiting for 2 backup jobs to end/))
    expect(log).toContainEqual(`Backup of "${ebs('completes-b', 'eu-west-1')}" (job ${ids[1]}) completed.`)
    expect(run.summary).toMatch(/\| COMPLETED \| .* \| 3\.0 GiB \|/)
    expectNoLeaks(run, sandbox, before)
    expect(strayCommands(run)).toEqual([])
  })

  it('fails when a job ends FAILED, with its status message', async () => {
    const started = await start([ebs('fails')])
    const run = await waitStep({ 'backup-jobs': started.outputs['backup-jobs']! })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      `Backup of "${ebs('fails')}" (job ${started.outputs['backup-job-id']}) failed: "The volume is in use by another snapshot".`
    ])
    expect(run.outputs.state).toBe('FAILED')
  })

  it('times out and stops the job with stop-job-on-timeout', async () => {
    const started = await start([ebs('slow')])
    const id = started.outputs['backup-job-id']!
    const run = await waitStep({
      'backup-jobs': started.outputs['backup-jobs']!,
      'wait-timeout-minutes': '0.05',
      'stop-job-on-timeout': 'true'
    })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(new RegExp(`^The wait timed out after 3s: .*vol-slow \\(job ${id}\\) was still RUNNING.*; it was stopped\\.$`))
    ])
    expect(sandbox.requests.filter((r) => r.operation === 'StopBackupJob' && r.path.endsWith(id))).toHaveLength(1)
    expect(['ABORTING', 'ABORTED']).toContain(sandbox.job(id)!.state)
  })

  it('waits for jobs given by id in aws-region, learning their resources from AWS', async () => {
    const started = await start([ebs('completes-c')])
    const run = await waitStep({ 'backup-job-id': started.outputs['backup-job-id']!, 'aws-region': 'us-east-1' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['backup-jobs']!)[0]).toMatchObject({
      resourceArn: ebs('completes-c'),
      backupVaultName: 'Default',
      state: 'COMPLETED'
    })
  })

  it('fails for a job id that does not exist, naming it and the region, without waiting', async () => {
    const run = await waitStep({ 'backup-job-id': '11111111-2222-3333-4444-555555555555', 'aws-region': 'us-east-1' })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^DescribeBackupJob for backup job 11111111-2222-3333-4444-555555555555 failed: ResourceNotFoundException: .*; check the job id and that the job is in us-east-1/
      )
    ])
    expect(logLines(run)).not.toContainEqual(expect.stringMatching(/^Waiting for/))
    expect(run.outputs['backup-job-id']).toBe('11111111-2222-3333-4444-555555555555')
  })

  it('passes between jobs: backup-jobs as another job gets it, and backup-job-id when the account id is masked', async () => {
    const started = await start([ebs('completes-d')])
    const run = await waitStep({ 'backup-jobs': outputsForOtherJobs(started)['backup-jobs']! })
    expect(run.code).toBe(0)

    const masked = await start([ebs('completes-e')], { 'mask-aws-account-id': 'true' })
    const passed = outputsForOtherJobs(masked)
    // The runner withholds backup-jobs (it holds ARNs with the masked account id); the job id holds none.
    expect(passed['backup-jobs']).toBeUndefined()
    const byId = await waitStep({
      'backup-job-id': passed['backup-job-id']!,
      'aws-region': 'us-east-1',
      'mask-aws-account-id': 'true',
      'role-to-assume': TOOLING_ROLE
    })
    expect(byId.code).toBe(0)
    expect(byId.outputs.state).toBe('COMPLETED')
    // The account id came only with DescribeBackupJob's answer, and is masked all the same.
    // The runner hides a masked value from every line after the ::add-mask:: command.
    const maskedAt = byId.stdout.indexOf(`::add-mask::${ACCOUNT}\n`)
    expect(maskedAt).toBeGreaterThanOrEqual(0)
    expect(byId.stdout.indexOf(`:${ACCOUNT}:volume/`)).toBeGreaterThan(maskedAt)
  })

  it('fails at once, once, when the role cannot be assumed, without a status check', async () => {
    const started = await start([ebs('completes-f')])
    const checks = sandbox.requests.filter((r) => r.operation === 'DescribeBackupJob').length
    const run = await waitStep({
      'backup-jobs': started.outputs['backup-jobs']!,
      'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/not-trusted`
    })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(/^Could not assume role-to-assume ".*role\/not-trusted"/)])
    expect(sandbox.requests.filter((r) => r.operation === 'DescribeBackupJob')).toHaveLength(checks)
    expect(run.durationMs).toBeLessThan(15_000)
  })

  it.each([
    ['malformed JSON in backup-jobs', { 'backup-jobs': '[{"backupJobId": ' }, /^Input backup-jobs is not JSON/],
    ['backup-jobs that is not an array of jobs', { 'backup-jobs': '{"backupJobId":"x"}' }, /^Input backup-jobs must be a JSON array/],
    [
      'an entry without a job id (a resource that did not start)',
      {
        'backup-jobs': JSON.stringify([
          {
            resourceArn: ebs('x'),
            backupVaultName: 'Default',
            region: 'us-east-1',
            backupJobId: null,
            statusMessage: 'StartBackupJob failed.'
          }
        ])
      },
      /^Entry 1 of input backup-jobs, for ".*vol-x", has no backup job id: its backup did not start \("StartBackupJob failed\."\)/
    ],
    ['both inputs', { 'backup-jobs': '[]', 'backup-job-id': 'ABC' }, /^Inputs backup-jobs and backup-job-id are both set/],
    ['neither input', {}, /^Inputs backup-jobs and backup-job-id are both empty/],
    [
      'job ids in more than one region',
      {
        'backup-job-id': `arn:aws:backup:us-east-1:${ACCOUNT}:backup-job:AAA\narn:aws:backup:eu-west-1:${ACCOUNT}:backup-job:BBB`
      },
      /^Input backup-job-id names jobs in 2 regions \(us-east-1, eu-west-1\)/
    ],
    ['job ids with no region', { 'backup-job-id': 'AAA' }, /^Input backup-job-id needs the jobs' region/]
  ])('refuses %s before any request', async (_, inputs, message) => {
    const seen = sandbox.requests.length
    const run = await waitStep(inputs, { AWS_REGION: '' })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
    expect(sandbox.requests.length).toBe(seen)
  })
})
