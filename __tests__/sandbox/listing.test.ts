import { afterEach, describe, expect, it } from '@jest/globals'
import {
  BackupJob$,
  DescribeBackupJobCommand,
  DescribeBackupJobOutput$,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  paginateListBackupJobs
} from '@aws-sdk/client-backup'
import type { BackupClient, ListBackupJobsCommandInput, StartBackupJobCommandInput } from '@aws-sdk/client-backup'
import { parseCliArgs } from '../../sandbox/cliOptions.js'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { ACCOUNT, REGION, ROLE, STATIC, client, ebs, eventually, rawCall, rejection, schemaMembers, sleep } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
async function setup(options: SandboxOptions = {}): Promise<{ sb: Sandbox; backup: BackupClient }> {
  sandbox = await startSandbox({ staticCredentials: STATIC, ...options })
  return { sb: sandbox, backup: client(sandbox) }
}
const input = (arn: string, extra: Partial<StartBackupJobCommandInput> = {}): StartBackupJobCommandInput => ({
  BackupVaultName: 'main-vault',
  ResourceArn: arn,
  IamRoleArn: ROLE,
  ...extra
})
const start = async (backup: BackupClient, arn: string, extra: Partial<StartBackupJobCommandInput> = {}): Promise<string> =>
  (await backup.send(new StartBackupJobCommand(input(arn, extra)))).BackupJobId ?? ''
const stack = (n: number): string => `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/app/${n}`

/** Every job id the paginator yields for these filters, in the order given. */
async function ids(backup: BackupClient, filters: ListBackupJobsCommandInput, pageSize = 1000): Promise<string[]> {
  const out: string[] = []
  for await (const page of paginateListBackupJobs({ client: backup, pageSize }, filters)) {
    out.push(...(page.BackupJobs ?? []).map((j) => j.BackupJobId ?? ''))
  }
  return out
}

describe('ListBackupJobs through the real SDK', () => {
  it('shows a job only listLagMs after its creation, while DescribeBackupJob sees it at once', async () => {
    const { backup } = await setup({ listLagMs: 400, timeline: { endAfterMs: Infinity, children: 1 } })
    const started = await backup.send(new StartBackupJobCommand(input(stack(1))))
    const id = started.BackupJobId ?? ''
    const created = started.CreationDate?.getTime() ?? 0
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))).BackupJobId).toBe(id)
    expect(await ids(backup, {})).toEqual([])
    expect(await ids(backup, { ByParentJobId: id })).toEqual([])
    const seenAt = await eventually(async () => ((await ids(backup, {})).length > 0 ? Date.now() : undefined), 3000, 25)
    expect(seenAt - created).toBeGreaterThanOrEqual(400)
    // Parent and child were created together, so they show together.
    expect(await ids(backup, {})).toHaveLength(2)
    expect(await ids(backup, { ByParentJobId: id })).toHaveLength(1)
  })

  it('filters by vault, creation dates (sent as ISO 8601 in the query), resource, state, type and parent', async () => {
    const { sb, backup } = await setup({
      timeline: {
        default: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 30 },
        rules: [{ match: ebs(3), timeline: { endState: 'FAILED' } }]
      }
    })
    const a = await start(backup, ebs(1))
    const b = await start(backup, ebs(2), { BackupVaultName: 'other-vault' })
    await sleep(30)
    const middle = new Date()
    await sleep(30)
    const c = await start(backup, ebs(3))
    const cfn = await start(backup, stack(2))

    await eventually(async () => ((await ids(backup, { ByState: 'COMPLETED' })).length === 3 ? true : undefined))
    expect(await ids(backup, { ByBackupVaultName: 'main-vault' })).toEqual([cfn, c, a])
    expect(await ids(backup, { ByBackupVaultName: 'other-vault' })).toEqual([b])
    expect(await ids(backup, { ByCreatedBefore: middle })).toEqual([b, a])
    expect(await ids(backup, { ByCreatedAfter: middle })).toEqual([cfn, c])
    expect(await ids(backup, { ByCreatedAfter: middle, ByBackupVaultName: 'main-vault', ByState: 'FAILED' })).toEqual([c])
    expect(await ids(backup, { ByResourceArn: ebs(2) })).toEqual([b])
    expect(await ids(backup, { ByState: 'COMPLETED' })).toEqual([cfn, b, a])
    expect(await ids(backup, { ByResourceType: 'CloudFormation' })).toEqual([cfn])
    expect(await ids(backup, { ByParentJobId: cfn })).toEqual([])

    const sent = sb.requests.filter((r) => r.query['createdAfter'] !== undefined)[0]
    expect(sent?.query['createdAfter']).toBe(middle.toISOString().replace('.000Z', 'Z'))
    const bad = await rejection(backup.send(new ListBackupJobsCommand({ ByState: 'DONE' as 'COMPLETED' })))
    expect(bad.name).toBe('InvalidParameterValueException')
  })

  it('lists child jobs by parent', async () => {
    const { backup } = await setup({ timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 20, children: 3 } })
    const parent = await start(backup, stack(3))
    const children = await ids(backup, { ByParentJobId: parent })
    expect(children).toHaveLength(3)
    expect(children).not.toContain(parent)
    expect(new Set([...(await ids(backup, {}))])).toEqual(new Set([parent, ...children]))
  })

  it('pages newest first with MaxResults and NextToken, unshifted by jobs started meanwhile', async () => {
    const { backup } = await setup()
    const started: string[] = []
    for (let i = 0; i < 5; i++) started.push(await start(backup, ebs(10 + i)))
    const pages: number[] = []
    for await (const page of paginateListBackupJobs({ client: backup, pageSize: 2 }, {})) pages.push(page.BackupJobs?.length ?? 0)
    expect(pages).toEqual([2, 2, 1])
    expect(await ids(backup, {}, 2)).toEqual([...started].reverse())

    const first = await backup.send(new ListBackupJobsCommand({ MaxResults: 3 }))
    const newer = await start(backup, ebs(20))
    const second = await backup.send(new ListBackupJobsCommand({ MaxResults: 3, NextToken: first.NextToken }))
    expect([...(first.BackupJobs ?? []), ...(second.BackupJobs ?? [])].map((j) => j.BackupJobId)).toEqual([...started].reverse())
    expect(second.NextToken).toBeUndefined()
    expect((await backup.send(new ListBackupJobsCommand({ MaxResults: 1 }))).BackupJobs?.map((j) => j.BackupJobId)).toEqual([newer])
    expect((await backup.send(new ListBackupJobsCommand({ MaxResults: 1000 }))).BackupJobs).toHaveLength(6)

    for (const bad of [{ MaxResults: 0 }, { MaxResults: 1001 }, { NextToken: 'not-a-token' }]) {
      const err = await rejection(backup.send(new ListBackupJobsCommand(bad)))
      expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['InvalidParameterValueException', 400])
    }
  })

  it("lists the model's BackupJob shape: what DescribeBackupJob says, less the child counts", async () => {
    const { sb, backup } = await setup({
      timeline: {
        default: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 30, statusMessage: 'done', backupSizeInBytes: 4096 },
        rules: [{ match: stack(4), timeline: { children: 2 } }]
      }
    })
    const id = await start(backup, ebs(30), { Lifecycle: { DeleteAfterDays: 7 }, BackupOptions: { WindowsVSS: 'enabled' } })
    const parent = await start(backup, stack(4))
    await eventually(async () => ((await ids(backup, { ByState: 'COMPLETED' })).length === 4 ? true : undefined))

    const listed = (await backup.send(new ListBackupJobsCommand({ ByResourceArn: ebs(30) }))).BackupJobs?.[0]
    const { $metadata: _m, ...described } = await backup.send(new DescribeBackupJobCommand({ BackupJobId: id }))
    expect(listed).toEqual(described)
    expect(listed).toMatchObject({
      BackupJobId: id,
      BackupVaultName: 'main-vault',
      ResourceArn: ebs(30),
      State: 'COMPLETED',
      PercentDone: '100.0',
      BytesTransferred: 4096,
      BackupSizeInBytes: 4096,
      StatusMessage: 'done',
      MessageCategory: 'SUCCESS',
      RecoveryPointArn: expect.stringMatching(/^arn:aws:backup:us-east-1:123456789012:recovery-point:/),
      CreationDate: expect.any(Date),
      CompletionDate: expect.any(Date),
      ExpectedCompletionDate: expect.any(Date),
      IsParent: false,
      RecoveryPointLifecycle: { DeleteAfterDays: 7 },
      BackupOptions: { WindowsVSS: 'enabled' }
    })

    const parentListed = (await backup.send(new ListBackupJobsCommand({ ByResourceArn: stack(4) }))).BackupJobs?.[0]
    const parentDescribed = await backup.send(new DescribeBackupJobCommand({ BackupJobId: parent }))
    expect(parentDescribed).toMatchObject({ IsParent: true, NumberOfChildJobs: 2, ChildJobsInState: { COMPLETED: 2 } })
    expect(parentListed).toMatchObject({ BackupJobId: parent, IsParent: true })
    expect(parentListed).not.toHaveProperty('NumberOfChildJobs')
    expect(parentListed).not.toHaveProperty('ChildJobsInState')

    // On the wire: nothing the model's shapes lack (the SDK would drop it silently).
    const raw = await rawCall(sb, 'GET', '/backup-jobs')
    const items = raw.json['BackupJobs'] as Record<string, unknown>[]
    expect(items).toHaveLength(4)
    for (const item of items) expect(schemaMembers(BackupJob$)).toEqual(expect.arrayContaining(Object.keys(item)))
    const rawParent = await rawCall(sb, 'GET', `/backup-jobs/${parent}`)
    expect(schemaMembers(DescribeBackupJobOutput$)).toEqual(expect.arrayContaining(Object.keys(rawParent.json)))
    expect(typeof rawParent.json['CreationDate']).toBe('number')
  })

  it('takes the lag from --list-lag', () => {
    expect(parseCliArgs(['--list-lag', '250']).options.listLagMs).toBe(250)
  })
})
