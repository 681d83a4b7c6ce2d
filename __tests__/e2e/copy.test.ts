import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries, runAction, WAIT_ACTION } from './runAction.js'
import { expectNoLeaks } from './secrets.js'

const ACCOUNT = '123456789012'
const DR_ACCOUNT = '210987654321'
const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/backup`
const vault = (region: string, name: string, account = ACCOUNT): string => `arn:aws:backup:${region}:${account}:backup-vault:${name}`
const WEST = vault('us-west-2', 'dr')
const EU = vault('eu-west-1', 'dr')
const MISSING = vault('us-west-2', 'no-such-vault')
const REFUSED = vault('us-east-2', 'refuses', DR_ACCOUNT)
const FAILS = vault('us-west-2', 'fails')
const SLOW = vault('us-west-2', 'slow')
const ebs = (name: string): string => `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-${name}`
const START = {
  'backup-vault-name': 'Default',
  'iam-role-arn': BACKUP_ROLE,
  'role-to-assume': ROLE_TO_ASSUME,
  'poll-interval-seconds': '1'
}
let counter = 0

describe.each(nodeBinaries())('copies to other vaults with the real bundles on %s', (_, node) => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox({
      trustedRoleArns: [ROLE_TO_ASSUME],
      timeline: { pendingAfterMs: 50, runningAfterMs: 100, endAfterMs: 600 },
      destinationVaults: [WEST, EU, FAILS, SLOW, REFUSED],
      // Copies into one vault run one at a time, so the second of two waits, queued.
      copyConcurrencyPerDestination: 1,
      crossAccountCopy: { default: 'allowed', rules: [{ destinationVaultArn: REFUSED, mode: 'refused-at-start' }] },
      copyTimeline: {
        default: { runningAfterMs: 100, endAfterMs: 700 },
        rules: [
          {
            destinationVaultArn: FAILS,
            timeline: { runningAfterMs: 100, endAfterMs: 400, endState: 'FAILED', statusMessage: 'Copy failed: KMS key not usable.' }
          },
          { destinationVaultArn: SLOW, timeline: { runningAfterMs: 100, endAfterMs: Infinity } }
        ]
      }
    })
  })
  afterAll(() => sandbox.close())

  const start = (resource: string, inputs: Record<string, string> = {}) =>
    runAction({
      node,
      inputs: { ...START, 'resource-arn': resource, ...inputs },
      env: { ...sandbox.env(), GITHUB_RUN_ID: `${9100 + ++counter}` }
    })
  const copiesOf = (resource: string) => sandbox.copyJobs().filter((c) => c.resourceArn === resource)

  it('copies one backup to two regions once it completes, with the copy outputs in the order of the destinations', async () => {
    const before = sandbox.issuedSecrets()
    const run = await start(ebs('two-regions'), { wait: 'true', 'copy-to-backup-vault-arn': `${WEST}\n${EU}`, 'delete-after-days': '35' })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    const copies = copiesOf(ebs('two-regions'))
    expect(copies.map((c) => c.destinationBackupVaultArn).sort()).toEqual([EU, WEST].sort())
    const ids = run.outputs['copy-job-id']!.split('\n')
    expect(ids.map((id) => sandbox.copyJob(id)!.destinationBackupVaultArn)).toEqual([WEST, EU])
    expect(run.outputs['destination-recovery-point-arn']!.split('\n')).toEqual(
      ids.map((id) => sandbox.copyJob(id)!.destinationRecoveryPointArn)
    )
    const backup = sandbox.job(run.outputs['backup-job-id']!)!
    expect(JSON.parse(run.outputs['copy-jobs']!)).toEqual(
      [WEST, EU].map((destination, i) => ({
        sourceResourceArn: ebs('two-regions'),
        sourceRecoveryPointArn: backup.recoveryPointArn,
        destinationBackupVaultArn: destination,
        copyJobId: ids[i],
        destinationRecoveryPointArn: expect.stringMatching(
          new RegExp(`^arn:aws:backup:${destination.split(':')[3]}:${ACCOUNT}:recovery-point:`)
        ),
        state: 'COMPLETED',
        statusMessage: null,
        creationDate: expect.any(String),
        completionDate: expect.any(String),
        backupSizeInBytes: expect.any(Number)
      }))
    )
    // The copies keep the backup's lifecycle, and each its own idempotency token.
    expect(copies.map((c) => (c.request as { Lifecycle?: unknown }).Lifecycle)).toEqual([{ DeleteAfterDays: 35 }, { DeleteAfterDays: 35 }])
    expect(new Set(copies.map((c) => (c.request as { IdempotencyToken?: string }).IdempotencyToken)).size).toBe(2)
    expect(logLines(run)).toContainEqual(
      expect.stringMatching(/^Copy of ".*vol-two-regions" to ".*eu-west-1.*:backup-vault:dr" \(copy job .*\) completed\.$/)
    )
    expect(run.summary).toMatch(/\| ✅ \| \[↳ copy to us-west-2:123456789012 dr\]\([^)]*#\/jobs\/copy\/details\/[^)]+\) \| COMPLETED \|/)
    expectNoLeaks(run, sandbox, before)
  })

  it('reports a copy held by the copy quotas as queued, not failed, and follows it to its end', async () => {
    const run = await start(`${ebs('queue-a')}\n${ebs('queue-b')}`, { wait: 'true', 'copy-to-backup-vault-arn': WEST })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(logLines(run)).toContainEqual(
      expect.stringMatching(/^copy of ".*vol-queue-[ab]" to .*: CREATED, queued: AWS Backup copies one recovery point/)
    )
    expect(JSON.parse(run.outputs['copy-jobs']!).map((c: { state: string }) => c.state)).toEqual(['COMPLETED', 'COMPLETED'])
  })

  it("fails the step when a copy fails, with AWS Backup's reason", async () => {
    const run = await start(ebs('copy-fails'), { wait: 'true', 'copy-to-backup-vault-arn': `${WEST}\n${FAILS}` })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^Copy of ".*vol-copy-fails" to ".*:backup-vault:fails" \(copy job [^)]+\) failed: "Copy failed: KMS key not usable"\.$/
      )
    ])
    expect(run.outputs.state).toBe('COMPLETED')
    expect(JSON.parse(run.outputs['copy-jobs']!).map((c: { state: string }) => c.state)).toEqual(['COMPLETED', 'FAILED'])
  })

  it('names the fix for a destination vault that does not exist', async () => {
    const run = await start(ebs('no-vault'), { wait: 'true', 'copy-to-backup-vault-arn': MISSING })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^StartCopyJob for ".*vol-no-vault" to ".*no-such-vault" failed: ResourceNotFoundException: .*; the destination vault does not exist in us-west-2 of account 123456789012: create it, or fix copy-to-backup-vault-arn\.$/
      )
    ])
    expect(run.outputs['copy-job-id']).toBe('')
  })

  it("names the destination vault's access policy when a cross-account copy is refused", async () => {
    const run = await start(ebs('refused'), { wait: 'true', 'copy-to-backup-vault-arn': REFUSED })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^StartCopyJob for .* failed: AccessDeniedException: .*backup:CopyIntoBackupVault.*; the destination vault's access policy must allow backup:CopyIntoBackupVault from this account, and AWS Organizations must allow cross-account backup\.$/
      )
    ])
  })

  it('on a timeout while copying says the copy goes on running, since a copy job cannot be stopped', async () => {
    const run = await start(ebs('copy-slow'), {
      wait: 'true',
      'copy-to-backup-vault-arn': SLOW,
      'wait-timeout-minutes': '0.05',
      'stop-job-on-timeout': 'true'
    })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([
      expect.stringMatching(
        /^The wait timed out after 3s: copy of ".*vol-copy-slow" to ".*:backup-vault:slow" \(copy job [^)]+\) was still RUNNING; it goes on running in AWS Backup \(a copy job cannot be stopped\)\.$/
      )
    ])
    expect(sandbox.requests.filter((r) => r.operation === 'StopBackupJob')).toEqual([])
    expect(copiesOf(ebs('copy-slow'))[0]?.state).toBe('RUNNING')
  })

  it("copies from the wait sub-action, with the backup job's own role", async () => {
    const started = await start(ebs('later'))
    expect(started.code).toBe(0)
    const run = await runAction({
      node,
      action: WAIT_ACTION,
      inputs: {
        'role-to-assume': ROLE_TO_ASSUME,
        'poll-interval-seconds': '1',
        'backup-jobs': started.outputs['backup-jobs']!,
        'copy-to-backup-vault-arn': EU
      },
      env: sandbox.env()
    })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    const [copy] = copiesOf(ebs('later'))
    expect(copy?.iamRoleArn).toBe(BACKUP_ROLE)
    expect(run.outputs['copy-job-id']).toBe(copy?.copyJobId)
  })

  it.each([
    ['copies without wait', { 'copy-to-backup-vault-arn': WEST }, /^Input copy-to-backup-vault-arn needs wait: true/],
    [
      'a destination that is not a vault ARN',
      { wait: 'true', 'copy-to-backup-vault-arn': 'arn:aws:s3:::bucket' },
      /^Input copy-to-backup-vault-arn has .* which is not a backup vault ARN/
    ],
    ['a destination listed twice', { wait: 'true', 'copy-to-backup-vault-arn': `${WEST}\n${WEST}` }, /lists .* twice/],
    [
      'a copy role that is not a role ARN',
      { wait: 'true', 'copy-to-backup-vault-arn': WEST, 'copy-iam-role-arn': 'backup' },
      /^Input copy-iam-role-arn has/
    ],
    [
      'a copy lifecycle with too little time in cold storage',
      { wait: 'true', 'copy-to-backup-vault-arn': WEST, 'copy-move-to-cold-storage-after-days': '30', 'copy-delete-after-days': '60' },
      /^Input copy-delete-after-days is 60 .* at least copy-move-to-cold-storage-after-days \+ 90 \(120\)/
    ],
    [
      'copy inputs without a destination',
      { wait: 'true', 'copy-delete-after-days': '30' },
      /^Input copy-delete-after-days is set but copy-to-backup-vault-arn is empty/
    ]
  ])('refuses %s before any request', async (_, inputs, message) => {
    const seen = sandbox.requests.length
    const run = await start(ebs('bad-input'), inputs)
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
    expect(sandbox.requests.length).toBe(seen)
  })
})
