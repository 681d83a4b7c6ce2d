import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type RecordedRequest, type Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries, type ActionRun } from './runAction.js'
import { ACCOUNT, BACKUP_ROLE, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/**
 * Hundreds of resources against an AWS that throttles: starts paced to the quota, each resource backed up once,
 * and a wait whose calls grow with the regions, not with the jobs.
 */

const REGIONS = ['us-east-1', 'eu-west-1'] as const
const volume = (i: number): string => `arn:aws:ec2:${REGIONS[i % 2]}:${ACCOUNT}:volume/vol-0bec${i.toString(16).padStart(13, '0')}`
const QUOTAS = { StartBackupJob: 10, DescribeBackupJob: 10, ListBackupJobs: 5 }
const INPUTS = { 'backup-vault-name': 'Default', 'iam-role-arn': BACKUP_ROLE, 'role-to-assume': ROLE_TO_ASSUME }

/** Requests of these operations, grouped into rounds: a gap of more than a second starts a new one. */
function rounds(requests: readonly RecordedRequest[]): RecordedRequest[][] {
  const out: RecordedRequest[][] = []
  let last = -Infinity
  for (const request of requests) {
    const at = request.time.getTime()
    if (at - last > 1000) out.push([])
    out.at(-1)!.push(request)
    last = at
  }
  return out
}

describe.each(nodeBinaries())('hundreds of resources, real bundle on %s', (_, node) => {
  describe('200 resources in two regions, under a quota of 10 starts a second per region', () => {
    let sandbox: Sandbox
    let run: ActionRun
    const arns = Array.from({ length: 200 }, (_, i) => volume(i))
    beforeAll(async () => {
      // Every job runs for 6 s, so the wait sees each of them listed a few times before its end.
      sandbox = await startSandbox({
        trustedRoleArns: [ROLE_TO_ASSUME],
        latencyMs: 20,
        rateQuotas: QUOTAS,
        timeline: { pendingAfterMs: 100, runningAfterMs: 300, endAfterMs: 6_000 }
      })
      run = await runChecked(sandbox, {
        node,
        inputs: { ...INPUTS, 'resource-arn': arns.join('\n'), wait: 'true', 'poll-interval-seconds': '1' },
        timeoutMs: 90_000
      })
    }, 120_000)
    afterAll(() => sandbox.close())

    it('starts every resource exactly once, though AWS throttled the starts, and succeeds', () => {
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(calls(sandbox, 'StartBackupJob').filter((r) => r.errorCode === 'ThrottlingException').length).toBeGreaterThan(0)
      const jobs = sandbox.jobs()
      expect(jobs.map((j) => j.resourceArn).sort()).toEqual([...arns].sort())
      expect(run.outputs['backup-job-id']?.split('\n')).toEqual(arns.map((arn) => jobs.find((j) => j.resourceArn === arn)?.backupJobId))
      expect(run.outputs.state?.split('\n')).toEqual(arns.map(() => 'COMPLETED'))
    })

    it('waits with one ListBackupJobs per region and round, and no check per job', () => {
      const lists = calls(sandbox, 'ListBackupJobs')
      // The list shows new jobs at once here: the wait never needs DescribeBackupJob.
      expect(calls(sandbox, 'DescribeBackupJob')).toEqual([])
      expect(lists.filter((r) => r.status !== 200)).toEqual([])
      const perRound = rounds(lists).map((round) => REGIONS.map((region) => round.filter((r) => r.signingRegion === region).length))
      expect(perRound.length).toBeGreaterThanOrEqual(3)
      expect(perRound).toEqual(perRound.map(() => [1, 1]))
      // Each list asked for this step's jobs only: its vault, created within a second of the first and the last.
      for (const request of lists) {
        expect(request.query).toMatchObject({ backupVaultName: 'Default', maxResults: '1000' })
        expect(Date.parse(request.query.createdAfter ?? '')).toBeLessThan(Date.parse(request.query.createdBefore ?? ''))
      }
      expect(logLines(run).filter((line) => line.includes('status check failed'))).toEqual([])
    })
  })

  it('retries a throttled start beyond retry-max-attempts, which bounds a 500 alone, and says what a re-run would repeat', () =>
    withSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] }, async (sandbox) => {
      const [throttled, unavailable] = [volume(0), volume(2)]
      const about = (arn: string) => (request: { body: unknown }) => (request.body as { ResourceArn?: string }).ResourceArn === arn
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'throttle', times: 4, when: about(throttled) })
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'unavailable', when: about(unavailable) })
      const inputs = { ...INPUTS, 'resource-arn': `${throttled}\n${unavailable}`, 'retry-max-attempts': '1' }
      const run = await runChecked(sandbox, { node, inputs })
      const starts = (arn: string) =>
        calls(sandbox, 'StartBackupJob')
          .filter((r) => about(arn)(r))
          .map((r) => r.status)
      expect(starts(throttled)).toEqual([400, 400, 400, 400, 200])
      expect(starts(unavailable)).toEqual([500])
      expect(sandbox.jobs().map((j) => j.resourceArn)).toEqual([throttled])
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^StartBackupJob for "${unavailable}" failed: ServiceUnavailableException: .*; AWS Backup was still unavailable after retry-max-attempts attempts; run the step again later or raise retry-max-attempts\\. ` +
              'Re-running this attempt starts a second backup of the 1 resource whose backup job did not fail, since the default idempotency tokens change with the run attempt; set idempotency-token from github\\.run_id'
          )
        )
      ])
    }))

  it('follows a parent job with DescribeBackupJob, for its child counts, beside jobs the list answers, and lists its children at the end', () =>
    withSandbox(
      {
        trustedRoleArns: [ROLE_TO_ASSUME],
        timeline: {
          default: { pendingAfterMs: 100, runningAfterMs: 300, endAfterMs: 3_000 },
          rules: [{ match: '*:instance/*', timeline: { runningAfterMs: 300, endAfterMs: 3_000, children: 2 } }]
        }
      },
      async (sandbox) => {
        const parent = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0123456789abcdef0`
        const inputs = { ...INPUTS, 'resource-arn': [parent, volume(0), volume(2)].join('\n'), wait: 'true', 'poll-interval-seconds': '1' }
        const run = await runChecked(sandbox, { node, inputs })
        expect(errorAnnotations(run)).toEqual([])
        expect(run.code).toBe(0)
        const parentId = sandbox.jobs({ resourceArn: parent })[0]!.backupJobId
        // Only the parent is read alone; the volumes' jobs come from the list.
        expect(new Set(calls(sandbox, 'DescribeBackupJob').map((r) => r.path))).toEqual(new Set([`/backup-jobs/${parentId}`]))
        expect(calls(sandbox, 'ListBackupJobs').length).toBeGreaterThan(0)
        expect(logLines(run)).toContainEqual(expect.stringMatching(new RegExp(`\\(job ${parentId}\\): RUNNING.*child jobs: 2 `)))
        expect(logLines(run)).toContainEqual(`${parent} (job ${parentId}) has 2 child jobs:`)
        expect(run.outputs.state).toBe('COMPLETED\nCOMPLETED\nCOMPLETED')
      }
    ))

  it('follows a job the list does not show for its first seconds to its end, with DescribeBackupJob until it is listed', () =>
    withSandbox(
      {
        trustedRoleArns: [ROLE_TO_ASSUME],
        listLagMs: 3_000,
        timeline: { pendingAfterMs: 100, runningAfterMs: 300, endAfterMs: 5_000 }
      },
      async (sandbox) => {
        const arn = volume(0)
        const run = await runChecked(sandbox, {
          node,
          inputs: { ...INPUTS, 'resource-arn': arn, wait: 'true', 'poll-interval-seconds': '1' }
        })
        expect(errorAnnotations(run)).toEqual([])
        expect(run.code).toBe(0)
        expect(run.outputs.state).toBe('COMPLETED')
        const job = sandbox.jobs()[0]!
        const listedFrom = job.creationDate.getTime() + 3_000
        const describes = calls(sandbox, 'DescribeBackupJob')
        // While the list did not show the job, each round read it alone; once it did, the list alone.
        expect(describes.length).toBeGreaterThanOrEqual(2)
        expect(describes.filter((r) => r.time.getTime() + r.durationMs > listedFrom + 500)).toEqual([])
        expect(calls(sandbox, 'ListBackupJobs').filter((r) => r.time.getTime() > listedFrom).length).toBeGreaterThanOrEqual(2)
        expect(logLines(run)).toContainEqual(expect.stringMatching(/\(job [^)]+\): RUNNING.*\[[0-2]s\]$/))
        expect(logLines(run)).toContainEqual(expect.stringMatching(/\(job [^)]+\) completed\.$/))
      }
    ))
})
