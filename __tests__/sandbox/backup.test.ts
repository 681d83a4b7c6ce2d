import { afterEach, describe, expect, it } from '@jest/globals'
import {
  DescribeBackupJobCommand,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  StopBackupJobCommand,
  paginateListBackupJobs
} from '@aws-sdk/client-backup'
import type { BackupClient, StartBackupJobCommandInput } from '@aws-sdk/client-backup'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { ACCOUNT, REGION, ROLE, STATIC, client, ebs, eventually, rejection, sleep } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

async function setup(options: SandboxOptions = {}): Promise<{ sb: Sandbox; backup: BackupClient }> {
  sandbox = await startSandbox({ staticCredentials: STATIC, ...options })
  return { sb: sandbox, backup: client(sandbox) }
}

const input = (resourceArn: string, extra: Partial<StartBackupJobCommandInput> = {}): StartBackupJobCommandInput => ({
  BackupVaultName: 'main-vault',
  ResourceArn: resourceArn,
  IamRoleArn: ROLE,
  ...extra
})

async function untilState(backup: BackupClient, id: string, states: string[], timeoutMs = 3000) {
  return eventually(async () => {
    const job = await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    return states.includes(job.State ?? '') ? job : undefined
  }, timeoutMs)
}

describe('AWS Backup jobs through the real SDK', () => {
  it('starts, describes, lists and stops a job', async () => {
    const { backup } = await setup({ timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: Infinity, abortingMs: 300 } })
    const started = await backup.send(new StartBackupJobCommand(input(ebs(1))))
    expect(started.BackupJobId).toMatch(/^[0-9A-F-]{36}$/)
    expect(started.CreationDate).toBeInstanceOf(Date)
    expect(started.IsParent).toBe(false)
    expect(started.RecoveryPointArn).toBeUndefined()
    const id = started.BackupJobId ?? ''

    const running = await untilState(backup, id, ['RUNNING'])
    expect(running.RecoveryPointArn).toMatch(new RegExp(`^arn:aws:backup:${REGION}:${ACCOUNT}:recovery-point:[0-9a-f-]{36}$`))
    expect(running.PercentDone).toMatch(/^\d+\.\d$/)
    expect(running.BackupVaultArn).toBe(`arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:main-vault`)
    expect(running.ResourceType).toBe('EBS')
    expect(running.StartBy?.getTime()).toBe((started.CreationDate?.getTime() ?? 0) + 8 * 3600 * 1000)

    const listed = await backup.send(new ListBackupJobsCommand({ ByResourceArn: ebs(1) }))
    expect(listed.BackupJobs?.map((j) => j.BackupJobId)).toEqual([id])

    await backup.send(new StopBackupJobCommand({ BackupJobId: id }))
    const aborting = await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    expect(aborting.State).toBe('ABORTING')
    const aborted = await untilState(backup, id, ['ABORTED'])
    expect(aborted.CompletionDate).toBeInstanceOf(Date)
    await expect(backup.send(new StopBackupJobCommand({ BackupJobId: id }))).rejects.toMatchObject({ name: 'InvalidRequestException' })
  })

  it('moves a job through CREATED, PENDING and RUNNING with rising progress to COMPLETED', async () => {
    const { backup } = await setup({ timeline: { pendingAfterMs: 200, runningAfterMs: 400, endAfterMs: 700, backupSizeInBytes: 5000 } })
    const id = (await backup.send(new StartBackupJobCommand(input(ebs(2))))).BackupJobId ?? ''
    const seen: string[] = []
    const progress: number[] = []
    const done = await eventually(async () => {
      const job = await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
      if (seen[seen.length - 1] !== job.State) seen.push(job.State ?? '')
      if (job.State === 'RUNNING') progress.push(job.BytesTransferred ?? 0)
      return job.State === 'COMPLETED' ? job : undefined
    })
    expect(seen).toEqual(['CREATED', 'PENDING', 'RUNNING', 'COMPLETED'])
    expect(progress.length).toBeGreaterThan(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(progress[progress.length - 1]).toBeGreaterThan(progress[0] ?? 0)
    expect(done).toMatchObject({ PercentDone: '100.0', BackupSizeInBytes: 5000, BytesTransferred: 5000, MessageCategory: 'SUCCESS' })
  })

  it('reaches every terminal state its timeline names', async () => {
    const endStates = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] as const
    const { backup } = await setup({
      timeline: {
        default: { pendingAfterMs: 0, runningAfterMs: 10, endAfterMs: 40 },
        rules: endStates.map((endState, i) => ({
          match: ebs(`10${i}`),
          timeline: { endState, statusMessage: `ended ${endState}`, messageCategory: endState === 'COMPLETED' ? 'SUCCESS' : 'FAILED' }
        }))
      }
    })
    const ids = await Promise.all(
      endStates.map(async (_, i) => (await backup.send(new StartBackupJobCommand(input(ebs(`10${i}`))))).BackupJobId ?? '')
    )
    const ended = await Promise.all(ids.map((id) => untilState(backup, id, [...endStates])))
    expect(ended.map((j) => [j.State, j.StatusMessage, j.MessageCategory])).toEqual(
      endStates.map((s) => [s, `ended ${s}`, s === 'COMPLETED' ? 'SUCCESS' : 'FAILED'])
    )
    for (const job of ended) expect(job.CompletionDate).toBeInstanceOf(Date)
  })

  it('chooses a timeline per resource with a function', async () => {
    const { backup } = await setup({
      timeline: (arn) => (arn.endsWith('fail') ? { endState: 'FAILED', endAfterMs: 20 } : { endAfterMs: 20 })
    })
    const a = (await backup.send(new StartBackupJobCommand(input(`${ebs(3)}fail`)))).BackupJobId ?? ''
    const b = (await backup.send(new StartBackupJobCommand(input(ebs(4))))).BackupJobId ?? ''
    expect((await untilState(backup, a, ['FAILED', 'COMPLETED'])).State).toBe('FAILED')
    expect((await untilState(backup, b, ['FAILED', 'COMPLETED'])).State).toBe('COMPLETED')
  })

  it('returns the job first started for an idempotency token, for the same request or another, and starts nothing new', async () => {
    const { sb, backup } = await setup()
    const first = await backup.send(new StartBackupJobCommand(input(ebs(5), { IdempotencyToken: 'token-1' })))
    await sleep(20)
    const again = await backup.send(new StartBackupJobCommand(input(ebs(5), { IdempotencyToken: 'token-1' })))
    expect(again.BackupJobId).toBe(first.BackupJobId)
    expect(again.CreationDate).toEqual(first.CreationDate)
    expect(sb.jobs()).toHaveLength(1)

    // Another resource with the same token: AWS answers with the first job, no error, and makes none.
    const other = await backup.send(new StartBackupJobCommand(input(ebs(6), { IdempotencyToken: 'token-1' })))
    expect(other.BackupJobId).toBe(first.BackupJobId)
    expect(other.CreationDate).toEqual(first.CreationDate)
    const described = await backup.send(new DescribeBackupJobCommand({ BackupJobId: other.BackupJobId }))
    expect(described.ResourceArn).toBe(ebs(5))
    expect(sb.jobs()).toHaveLength(1)
    const fresh = await backup.send(new StartBackupJobCommand(input(ebs(5), { IdempotencyToken: 'token-2' })))
    expect(fresh.BackupJobId).not.toBe(first.BackupJobId)
    expect(sb.jobs()).toHaveLength(2)
  })

  it('runs one job per resource at a time: the next waits in CREATED until the first ends', async () => {
    // The first job runs long enough that the checks below cannot race it, whatever the machine's load.
    let started = 0
    const { backup } = await setup({ timeline: () => ({ pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: started++ === 0 ? 800 : 100 }) })
    const first = (await backup.send(new StartBackupJobCommand(input(ebs(7))))).BackupJobId ?? ''
    const second = (await backup.send(new StartBackupJobCommand(input(ebs(7))))).BackupJobId ?? ''
    const elsewhere = (await backup.send(new StartBackupJobCommand(input(ebs(8))))).BackupJobId ?? ''
    const states = async () =>
      Promise.all(
        [first, second, elsewhere].map(async (id) => (await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))).State)
      )
    expect(await states()).toEqual(['RUNNING', 'CREATED', 'RUNNING'])
    await untilState(backup, first, ['COMPLETED'])
    const secondRunning = await untilState(backup, second, ['RUNNING'])
    expect(secondRunning.RecoveryPointArn).toBeDefined()
    const secondDone = await untilState(backup, second, ['COMPLETED'])
    const firstDone = await backup.send(new DescribeBackupJobCommand({ BackupJobId: first }))
    expect(secondDone.CompletionDate?.getTime()).toBeGreaterThanOrEqual((firstDone.CompletionDate?.getTime() ?? 0) + 100)
  })

  it('aborts a queued job when stopped, without disturbing the job that holds the resource', async () => {
    let started = 0
    const { backup } = await setup({ timeline: () => ({ pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: started++ === 0 ? 800 : 100 }) })
    const first = (await backup.send(new StartBackupJobCommand(input(ebs(11))))).BackupJobId ?? ''
    const queued = (await backup.send(new StartBackupJobCommand(input(ebs(11))))).BackupJobId ?? ''
    const third = (await backup.send(new StartBackupJobCommand(input(ebs(11))))).BackupJobId ?? ''
    await backup.send(new StopBackupJobCommand({ BackupJobId: queued }))
    expect((await untilState(backup, queued, ['ABORTED'])).PercentDone).toBe('0.0')
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: third }))).State).toBe('CREATED')
    const firstDone = await untilState(backup, first, ['COMPLETED'])
    const thirdDone = await untilState(backup, third, ['COMPLETED'])
    // The third ran right after the first: the aborted one held nothing.
    expect(thirdDone.CompletionDate?.getTime()).toBe((firstDone.CompletionDate?.getTime() ?? 0) + 100)
  })

  it('expires a queued job whose start window ends before the resource is free', async () => {
    // 60 "minutes" of start window last 120 ms here.
    const { backup } = await setup({ msPerMinute: 2, timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: Infinity } })
    const first = (await backup.send(new StartBackupJobCommand(input(ebs(9))))).BackupJobId ?? ''
    const queued = (await backup.send(new StartBackupJobCommand(input(ebs(9), { StartWindowMinutes: 60 })))).BackupJobId ?? ''
    const expired = await untilState(backup, queued, ['EXPIRED', 'RUNNING', 'COMPLETED'])
    expect(expired.State).toBe('EXPIRED')
    expect(expired.StatusMessage).toMatch(/start window/)
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: first }))).State).toBe('RUNNING')
  })

  it('validates input like the service model', async () => {
    const { backup } = await setup()
    const cases: [StartBackupJobCommandInput, string][] = [
      [input(ebs(1), { BackupVaultName: 'x' }), 'InvalidParameterValueException'],
      [input(ebs(1), { BackupVaultName: 'bad name!' }), 'InvalidParameterValueException'],
      [{ BackupVaultName: 'v1', IamRoleArn: ROLE } as StartBackupJobCommandInput, 'MissingParameterValueException'],
      [{ BackupVaultName: 'v1', ResourceArn: ebs(1) } as StartBackupJobCommandInput, 'MissingParameterValueException'],
      [input('not-an-arn'), 'InvalidParameterValueException'],
      [input(ebs(1), { IamRoleArn: 'arn:aws:iam::123456789012:user/bob' }), 'InvalidParameterValueException'],
      [input(ebs(1), { StartWindowMinutes: 59 }), 'InvalidParameterValueException'],
      [input(ebs(1), { Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 100 } }), 'InvalidParameterValueException'],
      [input(ebs(1), { BackupOptions: { WindowsVSS: 'enabled!' } }), 'InvalidParameterValueException'],
      [input(ebs(1), { Index: 'MAYBE' as 'ENABLED' }), 'InvalidParameterValueException'],
      [input(`arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-1`), 'InvalidParameterValueException']
    ]
    for (const [bad, code] of cases) {
      const err = await rejection(backup.send(new StartBackupJobCommand(bad)))
      expect([JSON.stringify(bad), err.name, err.$metadata?.httpStatusCode]).toEqual([JSON.stringify(bad), code, 400])
    }
    const ok = await backup.send(
      new StartBackupJobCommand(
        input(ebs(1), {
          StartWindowMinutes: 60,
          Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 },
          BackupOptions: { WindowsVSS: 'enabled' },
          Index: 'ENABLED'
        })
      )
    )
    expect(ok.BackupJobId).toBeDefined()
  })

  it('knows only the configured vaults and passable roles', async () => {
    const { sb, backup } = await setup({
      vaults: ['main-vault', { name: 'eu-only', region: 'eu-west-1' }],
      passableRoles: [ROLE]
    })
    const noVault = await rejection(backup.send(new StartBackupJobCommand(input(ebs(1), { BackupVaultName: 'eu-only' }))))
    expect(noVault.name).toBe('ResourceNotFoundException')
    expect(noVault.message).toMatch(/Backup vault with name eu-only not found/)
    const otherRole = `arn:aws:iam::${ACCOUNT}:role/other`
    const denied = await rejection(backup.send(new StartBackupJobCommand(input(ebs(1), { IamRoleArn: otherRole }))))
    expect(denied.name).toBe('AccessDeniedException')
    expect(denied.$metadata?.httpStatusCode).toBe(403)
    expect(denied.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/sandbox-user is not authorized to perform: iam:PassRole on resource: ${otherRole}`
    )
    await backup.send(new StartBackupJobCommand(input(ebs(1))))
    expect(sb.jobs()).toHaveLength(1)
  })

  it('names the recovery point at start only for EFS and DynamoDB', async () => {
    const { backup } = await setup()
    const efs = await backup.send(new StartBackupJobCommand(input(`arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`)))
    const ddb = await backup.send(new StartBackupJobCommand(input(`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/t`)))
    const vol = await backup.send(new StartBackupJobCommand(input(ebs(1))))
    expect(efs.RecoveryPointArn).toMatch(/:recovery-point:/)
    expect(ddb.RecoveryPointArn).toMatch(/:recovery-point:/)
    expect(vol.RecoveryPointArn).toBeUndefined()
  })

  it('refuses to stop RDS jobs and unknown jobs like AWS', async () => {
    const { backup } = await setup({ timeline: { endAfterMs: Infinity } })
    const rds = (await backup.send(new StartBackupJobCommand(input(`arn:aws:rds:${REGION}:${ACCOUNT}:db:main`)))).BackupJobId ?? ''
    const aurora = (await backup.send(new StartBackupJobCommand(input(`arn:aws:rds:${REGION}:${ACCOUNT}:cluster:c`)))).BackupJobId ?? ''
    for (const id of [rds, aurora]) {
      const err = await rejection(backup.send(new StopBackupJobCommand({ BackupJobId: id })))
      expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['InvalidRequestException', 400])
    }
    const missing = await rejection(backup.send(new DescribeBackupJobCommand({ BackupJobId: 'NOPE' })))
    expect(missing.name).toBe('ResourceNotFoundException')
  })

  it('runs parent jobs whose children end on their own and decide the parent state', async () => {
    const { backup } = await setup({
      timeline: {
        pendingAfterMs: 0,
        runningAfterMs: 10,
        endAfterMs: 300,
        children: [{ endState: 'COMPLETED' }, { endState: 'FAILED', endAfterMs: 400 }, {}]
      }
    })
    const arn = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/app/1`
    const started = await backup.send(new StartBackupJobCommand(input(arn)))
    expect(started.IsParent).toBe(true)
    const parentId = started.BackupJobId ?? ''
    const running = await untilState(backup, parentId, ['RUNNING'])
    expect(running).toMatchObject({ IsParent: true, NumberOfChildJobs: 3 })
    const done = await untilState(backup, parentId, ['COMPLETED', 'PARTIAL', 'FAILED'])
    expect(done.State).toBe('PARTIAL')
    expect(done.ChildJobsInState).toEqual({ COMPLETED: 2, FAILED: 1 })
    const children = await backup.send(new ListBackupJobsCommand({ ByParentJobId: parentId }))
    expect(children.BackupJobs?.map((c) => [c.ParentJobId, c.IsParent]).sort()).toEqual([
      [parentId, false],
      [parentId, false],
      [parentId, false]
    ])
    expect(children.BackupJobs?.map((c) => c.State).sort()).toEqual(['COMPLETED', 'COMPLETED', 'FAILED'])
    expect(children.BackupJobs?.map((c) => c.ResourceArn).sort()).toEqual([1, 2, 3].map((n) => `${arn}/child-${n}`))
  })

  it('stops a parent and its running children together', async () => {
    const { backup } = await setup({ timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: Infinity, children: 2 } })
    const parentId =
      (await backup.send(new StartBackupJobCommand(input(`arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/app/2`)))).BackupJobId ?? ''
    await untilState(backup, parentId, ['RUNNING'])
    await backup.send(new StopBackupJobCommand({ BackupJobId: parentId }))
    const done = await untilState(backup, parentId, ['ABORTED'])
    expect(done.ChildJobsInState).toEqual({ ABORTED: 2 })
  })

  it('lists with filters and pages with NextToken, newest first', async () => {
    const { backup } = await setup({ timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 30 } })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await backup.send(new StartBackupJobCommand(input(ebs(20 + i))))).BackupJobId ?? '')
    await backup.send(new StartBackupJobCommand(input(ebs(30), { BackupVaultName: 'other-vault' })))
    const seen: string[] = []
    for await (const page of paginateListBackupJobs({ client: backup, pageSize: 2 }, { ByBackupVaultName: 'main-vault' })) {
      expect(page.BackupJobs?.length).toBeLessThanOrEqual(2)
      seen.push(...(page.BackupJobs ?? []).map((j) => j.BackupJobId ?? ''))
    }
    expect(seen).toEqual([...ids].reverse())
    await eventually(async () =>
      (await backup.send(new ListBackupJobsCommand({ ByState: 'COMPLETED' }))).BackupJobs?.length === 6 ? true : undefined
    )
    const bad = await rejection(backup.send(new ListBackupJobsCommand({ MaxResults: 5000 })))
    expect(bad.name).toBe('InvalidParameterValueException')
  })

  it('keeps each region apart, as separate AWS endpoints would', async () => {
    const { backup, sb } = await setup()
    const id = (await backup.send(new StartBackupJobCommand(input(ebs(40))))).BackupJobId ?? ''
    const eu = client(sb, STATIC, 'eu-west-1')
    const err = await rejection(eu.send(new DescribeBackupJobCommand({ BackupJobId: id })))
    expect(err.name).toBe('ResourceNotFoundException')
    const euJob = await eu.send(new StartBackupJobCommand(input(`arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-9`)))
    expect(sb.job(euJob.BackupJobId ?? '')?.region).toBe('eu-west-1')
    expect((await eu.send(new ListBackupJobsCommand({}))).BackupJobs?.map((j) => j.BackupJobId)).toEqual([euJob.BackupJobId])
  })
})
