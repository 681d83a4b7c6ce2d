import { afterEach, describe, expect, it } from '@jest/globals'
import { BackupClient, DescribeBackupJobCommand, ListBackupJobsCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'
import type { StartBackupJobCommandInput } from '@aws-sdk/client-backup'
import { parseCliArgs } from '../../sandbox/cliOptions.js'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import type { Keys } from './helpers.js'
import { ACCOUNT, REGION, ROLE, STATIC, ebs, rejection, sleep } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
const open = async (options: SandboxOptions = {}): Promise<Sandbox> =>
  (sandbox = await startSandbox({ staticCredentials: STATIC, ...options }))

/** One attempt per call, so a throttled answer is seen rather than retried away. */
const once = (sb: Sandbox, region = REGION, credentials: Keys = STATIC): BackupClient =>
  new BackupClient({ region, endpoint: sb.url, credentials, maxAttempts: 1 })
const input = (arn: string): StartBackupJobCommandInput => ({ BackupVaultName: 'vault', ResourceArn: arn, IamRoleArn: ROLE })
const euVolume = (n: number): string => `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-${String(n).padStart(17, '0')}`

/** Settles every call, telling apart successes and the error names of failures. */
async function outcomes(calls: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls)
  return settled.map((s) => (s.status === 'fulfilled' ? 'ok' : (s.reason as Error).name))
}

describe('request-rate quotas', () => {
  it('throttles a burst above the rate like AWS, and a throttled start creates no job', async () => {
    const sb = await open({ rateQuotas: { StartBackupJob: 3 } })
    const backup = once(sb)
    const results = await outcomes(Array.from({ length: 10 }, (_, i) => backup.send(new StartBackupJobCommand(input(ebs(i))))))
    const starts = sb.requests.filter((r) => r.operation === 'StartBackupJob')
    // The bucket holds 3 tokens and refills 3 per second over however long the burst took to arrive.
    const spanSeconds = ((starts[starts.length - 1]?.time.getTime() ?? 0) - (starts[0]?.time.getTime() ?? 0)) / 1000
    const ok = results.filter((r) => r === 'ok').length
    expect(ok).toBeGreaterThanOrEqual(3)
    expect(ok).toBeLessThanOrEqual(3 + Math.ceil(spanSeconds * 3))
    expect(results.filter((r) => r !== 'ok').every((r) => r === 'ThrottlingException')).toBe(true)
    expect(sb.jobs()).toHaveLength(ok)
    const throttled = starts.filter((r) => r.errorCode !== undefined)
    expect(throttled).toHaveLength(10 - ok)
    for (const r of throttled) {
      expect([r.status, r.errorCode, r.fault, r.accessKeyId, r.signingRegion]).toEqual([
        400,
        'ThrottlingException',
        undefined,
        STATIC.accessKeyId,
        REGION
      ])
    }
  })

  it('answers exactly as the throttle fault does', async () => {
    const sb = await open({ rateQuotas: { DescribeBackupJob: { rate: 0.001, burst: 1 } } })
    const backup = once(sb)
    const id = (await backup.send(new StartBackupJobCommand(input(ebs(1))))).BackupJobId ?? ''
    await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    const quota = await rejection(backup.send(new DescribeBackupJobCommand({ BackupJobId: id })))
    sb.setRateQuotas(undefined)
    sb.fault({ service: 'backup', operation: 'DescribeBackupJob', kind: 'throttle' })
    const fault = await rejection(backup.send(new DescribeBackupJobCommand({ BackupJobId: id })))
    const shape = (e: typeof quota) => [e.name, e.message, e.$metadata?.httpStatusCode, (e as { $fault?: string }).$fault]
    expect(shape(quota)).toEqual(['ThrottlingException', 'Rate exceeded', 400, 'client'])
    expect(shape(quota)).toEqual(shape(fault))
  })

  it('never throttles a client that keeps under the rate', async () => {
    const sb = await open({ rateQuotas: { DescribeBackupJob: 10, StartBackupJob: 10 } })
    const backup = once(sb)
    const id = (await backup.send(new StartBackupJobCommand(input(ebs(2))))).BackupJobId ?? ''
    // 25 calls at 8 per second: more than the bucket holds, so only the refill keeps them going.
    const begin = Date.now()
    for (let i = 0; i < 25; i++) {
      await sleep(begin + i * 125 - Date.now())
      await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    }
    const describes = sb.requests.filter((r) => r.operation === 'DescribeBackupJob')
    expect(describes.map((r) => r.status)).toEqual(Array.from({ length: 25 }, () => 200))
  })

  it('keeps a bucket per region and per account of the signing keys', async () => {
    const other = { accessKeyId: 'AKIASANDBOXOTHER001', secretAccessKey: 'other/secret', principalArn: 'arn:aws:iam::210987654321:user/o' }
    const sb = await open({ staticCredentials: [STATIC, other], rateQuotas: { StartBackupJob: 2, ListBackupJobs: 1 } })
    const us = once(sb)
    const eu = once(sb, 'eu-west-1')
    const otherUs = once(sb, REGION, other)
    const first = await outcomes([
      us.send(new StartBackupJobCommand(input(ebs(1)))),
      us.send(new StartBackupJobCommand(input(ebs(2)))),
      eu.send(new StartBackupJobCommand(input(euVolume(1)))),
      eu.send(new StartBackupJobCommand(input(euVolume(2)))),
      otherUs.send(new StartBackupJobCommand(input(ebs(3)))),
      otherUs.send(new StartBackupJobCommand(input(ebs(4))))
    ])
    expect(first).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok'])
    const second = await outcomes([
      us.send(new StartBackupJobCommand(input(ebs(5)))),
      eu.send(new StartBackupJobCommand(input(euVolume(5))))
    ])
    expect(second).toEqual(['ThrottlingException', 'ThrottlingException'])
    // Operations have buckets of their own: the starts used up nothing of ListBackupJobs.
    const lists = await outcomes([us.send(new ListBackupJobsCommand({})), us.send(new ListBackupJobsCommand({}))])
    expect(lists).toEqual(['ok', 'ThrottlingException'])
    expect(sb.jobs().map((j) => j.region)).toEqual([REGION, REGION, 'eu-west-1', 'eu-west-1', REGION, REGION])
  })

  it('lets the SDK retry a throttled call with the same token: one job, once the bucket refills', async () => {
    const sb = await open({ rateQuotas: { StartBackupJob: { rate: 20, burst: 1 } } })
    const backup = new BackupClient({ region: REGION, endpoint: sb.url, credentials: STATIC, maxAttempts: 5 })
    const [a, b] = await Promise.all([
      backup.send(new StartBackupJobCommand(input(ebs(7)))),
      backup.send(new StartBackupJobCommand({ ...input(ebs(8)), IdempotencyToken: 'same-token' }))
    ])
    expect(new Set([a.BackupJobId, b.BackupJobId]).size).toBe(2)
    const statuses = sb.requests.filter((r) => r.operation === 'StartBackupJob').map((r) => r.status)
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 200)).toHaveLength(2)
    expect(sb.jobs()).toHaveLength(2)
    expect(sb.jobs().filter((j) => j.idempotencyToken === 'same-token')).toHaveLength(1)
  })

  it('refuses quotas naming unknown operations, and reads --rate flags', async () => {
    await expect(startSandbox({ rateQuotas: { StartBackupjob: 1 } })).rejects.toThrow(/unknown operation StartBackupjob/)
    const { options } = parseCliArgs(['--rate', 'StartBackupJob=10,ListBackupJobs=5', '--rate', 'DescribeBackupJob=3:6'])
    expect(options.rateQuotas).toEqual({
      StartBackupJob: { rate: 10 },
      ListBackupJobs: { rate: 5 },
      DescribeBackupJob: { rate: 3, burst: 6 }
    })
    const merged = parseCliArgs(['--config', 'c.json', '--rate', 'ListBackupJobs=1'], () =>
      JSON.stringify({ rateQuotas: { StartBackupJob: 4, ListBackupJobs: 9 } })
    )
    expect(merged.options.rateQuotas).toEqual({ StartBackupJob: 4, ListBackupJobs: { rate: 1 } })
    expect(() => parseCliArgs(['--rate', 'StartBackupJob'])).toThrow(/--rate needs/)
  })
})
