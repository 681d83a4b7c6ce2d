import { afterEach, describe, expect, it } from '@jest/globals'
import {
  BackupClient,
  CopyJob$,
  DescribeCopyJobCommand,
  ListBackupJobsCommand,
  ListCopyJobsCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  paginateListCopyJobs
} from '@aws-sdk/client-backup'
import type { ListCopyJobsCommandInput, StartCopyJobCommandInput } from '@aws-sdk/client-backup'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { DR_VAULT, backedUp, copyInput, describeCopy, startCopy, vaultArn } from './copyHelpers.js'
import { ACCOUNT, REGION, ROLE, STATIC, client, ebs, eventually, rawCall, rejection, schemaMembers, sleep } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
const QUICK = { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 20, backupSizeInBytes: 2048 }
async function setup(options: SandboxOptions = {}): Promise<{ sb: Sandbox; backup: BackupClient }> {
  sandbox = await startSandbox({ staticCredentials: STATIC, timeline: QUICK, ...options })
  return { sb: sandbox, backup: client(sandbox) }
}

async function copyIds(backup: BackupClient, filters: ListCopyJobsCommandInput, pageSize = 1000): Promise<string[]> {
  const out: string[] = []
  for await (const page of paginateListCopyJobs({ client: backup, pageSize }, filters)) {
    out.push(...(page.CopyJobs ?? []).map((j) => j.CopyJobId ?? ''))
  }
  return out
}

describe('copy jobs through the real SDK', () => {
  it('starts a copy into another region, which moves CREATED → RUNNING → COMPLETED, and describes it like AWS', async () => {
    const { sb, backup } = await setup({ copyTimeline: { runningAfterMs: 100, endAfterMs: 300 } })
    const rp = await backedUp(backup, ebs(1))
    const started = await backup.send(new StartCopyJobCommand(copyInput(rp, DR_VAULT, { Lifecycle: { DeleteAfterDays: 30 } })))
    expect(started.CopyJobId).toMatch(/^[0-9A-F-]{36}$/)
    expect(started.CreationDate).toBeInstanceOf(Date)
    expect(started.IsParent).toBe(false)
    const id = started.CopyJobId ?? ''

    const seen: string[] = []
    const done = await eventually(async () => {
      const job = await describeCopy(backup, id)
      if (seen[seen.length - 1] !== job.State) seen.push(job.State ?? '')
      if (job.State === 'CREATED') expect(job.DestinationRecoveryPointArn).toBeUndefined()
      return job.State === 'COMPLETED' ? job : undefined
    })
    expect(seen).toEqual(['CREATED', 'RUNNING', 'COMPLETED'])
    expect(done).toEqual({
      AccountId: ACCOUNT,
      CopyJobId: id,
      SourceBackupVaultArn: vaultArn('main-vault'),
      SourceRecoveryPointArn: rp,
      DestinationBackupVaultArn: DR_VAULT,
      DestinationVaultType: 'BACKUP_VAULT',
      DestinationRecoveryPointArn: expect.stringMatching(new RegExp(`^arn:aws:backup:eu-west-1:${ACCOUNT}:recovery-point:[0-9a-f-]{36}$`)),
      DestinationRecoveryPointLifecycle: { DeleteAfterDays: 30 },
      ResourceArn: ebs(1),
      ResourceType: 'EBS',
      CreationDate: started.CreationDate,
      CompletionDate: expect.any(Date),
      State: 'COMPLETED',
      BackupSizeInBytes: 2048,
      IamRoleArn: ROLE,
      IsParent: false,
      MessageCategory: 'SUCCESS'
    })
    expect(done.DestinationRecoveryPointArn).not.toBe(rp)
    expect((done.CompletionDate?.getTime() ?? 0) - (done.CreationDate?.getTime() ?? 0)).toBe(300)
    expect(sb.copyJob(id)).toMatchObject({
      state: 'COMPLETED',
      region: REGION,
      destinationRegion: 'eu-west-1',
      destinationAccountId: ACCOUNT,
      crossAccount: false,
      sourceBackupJobId: sb.jobs()[0]?.backupJobId,
      startedBy: STATIC.accessKeyId
    })
    expect(sb.copyJobs()).toHaveLength(1)

    // On the wire: {CopyJob: {...}} with epoch-second numbers and nothing the model's CopyJob lacks.
    const raw = await rawCall(sb, 'GET', `/copy-jobs/${id}`)
    expect(Object.keys(raw.json)).toEqual(['CopyJob'])
    const item = raw.json['CopyJob'] as Record<string, unknown>
    expect(schemaMembers(CopyJob$)).toEqual(expect.arrayContaining(Object.keys(item)))
    expect([typeof item['CreationDate'], typeof item['CompletionDate']]).toEqual(['number', 'number'])
    expect(item).not.toHaveProperty('CreatedByBackupJobId')
  })

  it('describes a copy only from its source region, and knows no other copy', async () => {
    const { sb, backup } = await setup()
    const id = await startCopy(backup, copyInput(await backedUp(backup, ebs(2))))
    const eu = client(sb, STATIC, 'eu-west-1')
    for (const [c, copyId] of [
      [eu, id],
      [backup, 'NOPE']
    ] as const) {
      const err = await rejection(c.send(new DescribeCopyJobCommand({ CopyJobId: copyId })))
      expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['ResourceNotFoundException', 400])
    }
    expect((await eu.send(new ListCopyJobsCommand({}))).CopyJobs).toEqual([])
  })

  it('lists copies with filters and pages, newest first, in the same shape as DescribeCopyJob', async () => {
    const { sb, backup } = await setup({
      copyTimeline: { default: { runningAfterMs: 0, endAfterMs: 20 }, rules: [{ resourceArn: ebs(4), timeline: { endState: 'FAILED' } }] }
    })
    const rp1 = await backedUp(backup, ebs(3))
    const rp2 = await backedUp(backup, ebs(4))
    const a = await startCopy(backup, copyInput(rp1))
    await sleep(30)
    const middle = new Date()
    await sleep(30)
    const b = await startCopy(backup, copyInput(rp2))
    const c = await startCopy(backup, copyInput(rp1, vaultArn('other', 'us-west-2')))
    await eventually(async () =>
      (await copyIds(backup, { ByState: 'CREATED' })).length + (await copyIds(backup, { ByState: 'RUNNING' })).length === 0
        ? true
        : undefined
    )

    expect(await copyIds(backup, {}, 2)).toEqual([c, b, a])
    expect(await copyIds(backup, { ByDestinationVaultArn: DR_VAULT })).toEqual([b, a])
    expect(await copyIds(backup, { ByResourceArn: ebs(3) })).toEqual([c, a])
    expect(await copyIds(backup, { BySourceRecoveryPointArn: rp2 })).toEqual([b])
    expect(await copyIds(backup, { ByState: 'FAILED' })).toEqual([b])
    expect(await copyIds(backup, { ByCreatedAfter: middle })).toEqual([c, b])
    expect(await copyIds(backup, { ByCreatedBefore: middle })).toEqual([a])
    expect(await copyIds(backup, { ByResourceType: 'EBS', ByAccountId: ACCOUNT })).toEqual([c, b, a])
    expect(await copyIds(backup, { ByMessageCategory: 'SUCCESS' })).toEqual([c, a])
    expect(await copyIds(backup, { ByParentJobId: a })).toEqual([])

    const listed = (await backup.send(new ListCopyJobsCommand({ ByResourceArn: ebs(4) }))).CopyJobs?.[0]
    expect(listed).toEqual(await describeCopy(backup, b))
    const raw = await rawCall(sb, 'GET', '/copy-jobs', { query: 'maxResults=1' })
    expect(raw.json['CopyJobs']).toHaveLength(1)
    expect(typeof raw.json['NextToken']).toBe('string')

    // A ListBackupJobs token is no ListCopyJobs token.
    const backupToken = (await backup.send(new ListBackupJobsCommand({ MaxResults: 1 }))).NextToken
    expect(backupToken).toBeDefined()
    for (const bad of [
      { MaxResults: 0 },
      { ByState: 'ABORTED' as 'FAILED' },
      { NextToken: 'bm90LWEtdG9rZW4' },
      { NextToken: backupToken }
    ]) {
      const err = await rejection(backup.send(new ListCopyJobsCommand(bad)))
      expect([JSON.stringify(bad), err.name]).toEqual([JSON.stringify(bad), 'InvalidParameterValueException'])
    }
  })

  it('shows a copy in ListCopyJobs only listLagMs after its creation', async () => {
    const { backup } = await setup({ listLagMs: 300 })
    const rp = await backedUp(backup, ebs(5))
    const id = await startCopy(backup, copyInput(rp))
    expect((await describeCopy(backup, id)).CopyJobId).toBe(id)
    expect(await copyIds(backup, {})).toEqual([])
    await eventually(async () => ((await copyIds(backup, {})).length === 1 ? true : undefined), 3000, 25)
  })

  it('validates StartCopyJob input like the service model', async () => {
    const { backup } = await setup()
    const rp = await backedUp(backup, ebs(6))
    const without = (name: keyof StartCopyJobCommandInput): StartCopyJobCommandInput => {
      const input: Record<string, unknown> = { ...copyInput(rp) }
      delete input[name]
      return input as unknown as StartCopyJobCommandInput
    }
    const cases: [StartCopyJobCommandInput, string][] = [
      [without('RecoveryPointArn'), 'MissingParameterValueException'],
      [without('SourceBackupVaultName'), 'MissingParameterValueException'],
      [without('DestinationBackupVaultArn'), 'MissingParameterValueException'],
      [without('IamRoleArn'), 'MissingParameterValueException'],
      [copyInput(rp, DR_VAULT, { SourceBackupVaultName: 'bad name!' }), 'InvalidParameterValueException'],
      [copyInput('not-an-arn'), 'InvalidParameterValueException'],
      [copyInput(rp, 'arn:aws:backup:eu-west-1:123:backup-vault:x'), 'InvalidParameterValueException'],
      [copyInput(rp, `arn:aws:s3:::bucket`), 'InvalidParameterValueException'],
      [copyInput(rp, DR_VAULT, { IamRoleArn: `arn:aws:iam::${ACCOUNT}:user/bob` }), 'InvalidParameterValueException'],
      [copyInput(rp, DR_VAULT, { Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 100 } }), 'InvalidParameterValueException'],
      [copyInput(rp, DR_VAULT, { Lifecycle: { DeleteAfterEvent: 'DELETE_AFTER_COPY' } }), 'InvalidParameterValueException']
    ]
    for (const [bad, code] of cases) {
      const err = await rejection(backup.send(new StartCopyJobCommand(bad)))
      expect([JSON.stringify(bad), err.name, err.$metadata?.httpStatusCode]).toEqual([JSON.stringify(bad), code, 400])
    }
    await startCopy(backup, copyInput(rp, DR_VAULT, { Lifecycle: { MoveToColdStorageAfterDays: -1, DeleteAfterDays: -1 } }))
  })

  it('copies only a completed recovery point of this region, from the vault that holds it', async () => {
    const { sb, backup } = await setup({
      vaults: ['main-vault', 'side-vault', 'dr-vault'],
      timeline: {
        default: QUICK,
        rules: [
          { match: ebs(8), timeline: { endState: 'FAILED' } },
          { match: ebs(9), timeline: { endAfterMs: Infinity } }
        ]
      }
    })
    const rp = await backedUp(backup, ebs(7))
    const failed = await backedUp(backup, ebs(8))
    await backup.send(new StartBackupJobCommand({ BackupVaultName: 'main-vault', ResourceArn: ebs(9), IamRoleArn: ROLE }))
    const running = await eventually(() => sb.jobs({ resourceArn: ebs(9), state: 'RUNNING' })[0]?.recoveryPointArn)
    const eu = client(sb, STATIC, 'eu-west-1')
    const cases: [BackupClient, StartCopyJobCommandInput, string, RegExp][] = [
      [
        backup,
        copyInput(`arn:aws:backup:${REGION}:${ACCOUNT}:recovery-point:nope`),
        'ResourceNotFoundException',
        /not found in backup vault main-vault/
      ],
      [
        backup,
        copyInput(rp, DR_VAULT, { SourceBackupVaultName: 'side-vault' }),
        'ResourceNotFoundException',
        /not found in backup vault side-vault/
      ],
      [
        backup,
        copyInput(rp, DR_VAULT, { SourceBackupVaultName: 'no-such-vault' }),
        'ResourceNotFoundException',
        /Backup vault with name no-such-vault not found/
      ],
      [eu, copyInput(rp, vaultArn('dr-vault')), 'ResourceNotFoundException', /not found/],
      [backup, copyInput(failed), 'InvalidRequestException', /not completed \(its backup job is FAILED\)/],
      [backup, copyInput(running), 'InvalidRequestException', /not completed \(its backup job is RUNNING\)/]
    ]
    for (const [c, input, code, message] of cases) {
      const err = await rejection(c.send(new StartCopyJobCommand(input)))
      expect([err.name, err.$metadata?.httpStatusCode]).toEqual([code, 400])
      expect(err.message).toMatch(message)
    }
    expect(sb.copyJobs()).toEqual([])
    await startCopy(backup, copyInput(rp))
    expect(sb.copyJobs()).toHaveLength(1)
  })

  it('gives the same copy for the same idempotency token and request, and refuses the token for another', async () => {
    const { sb, backup } = await setup()
    const rp = await backedUp(backup, ebs(10))
    const first = await backup.send(new StartCopyJobCommand(copyInput(rp, DR_VAULT, { IdempotencyToken: 'copy-token' })))
    await sleep(10)
    const again = await backup.send(new StartCopyJobCommand(copyInput(rp, DR_VAULT, { IdempotencyToken: 'copy-token' })))
    expect([again.CopyJobId, again.CreationDate]).toEqual([first.CopyJobId, first.CreationDate])
    const other = await rejection(
      backup.send(new StartCopyJobCommand(copyInput(rp, vaultArn('else', 'us-west-2'), { IdempotencyToken: 'copy-token' })))
    )
    expect([other.name, other.message]).toEqual([
      'InvalidRequestException',
      'The idempotency token copy-token was already used with different parameters.'
    ])
    expect(sb.copyJobs().map((c) => c.idempotencyToken)).toEqual(['copy-token'])
  })

  it('applies faults and rate quotas to the copy operations', async () => {
    const { sb, backup } = await setup({ rateQuotas: { DescribeCopyJob: { rate: 0.001, burst: 2 } } })
    const rp = await backedUp(backup, ebs(11))
    // A lost answer: the SDK retries with the token it filled in, and gets the same copy.
    sb.fault({ service: 'backup', operation: 'StartCopyJob', kind: 'drop' })
    sb.fault({ service: 'backup', operation: 'ListCopyJobs', kind: 'error', code: 'ServiceUnavailableException' })
    const id = await startCopy(backup, copyInput(rp))
    const starts = sb.requests.filter((r) => r.operation === 'StartCopyJob')
    expect(starts.map((r) => [r.dropped, r.status])).toEqual([
      [true, 200],
      [false, 200]
    ])
    expect(sb.copyJobs().map((c) => c.copyJobId)).toEqual([id])
    expect((await backup.send(new ListCopyJobsCommand({}))).$metadata.attempts).toBe(2)

    const once = new BackupClient({ region: REGION, endpoint: sb.url, credentials: STATIC, maxAttempts: 1 })
    await describeCopy(once, id)
    await describeCopy(once, id)
    const err = await rejection(describeCopy(once, id))
    expect([err.name, err.message]).toEqual(['ThrottlingException', 'Rate exceeded'])
    expect(sb.requests.filter((r) => r.operation === 'DescribeCopyJob').map((r) => r.errorCode)).toEqual([
      undefined,
      undefined,
      'ThrottlingException'
    ])
  })
})
