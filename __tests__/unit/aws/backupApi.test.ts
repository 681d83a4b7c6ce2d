import { describe, expect, it, beforeEach } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { BackupClient, DescribeBackupJobCommand, ListBackupJobsCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'
import { createBackupApi } from '../../../src/aws/backupApi.js'
import { parseSettings } from '../../../src/inputs/settings.js'

const backup = mockClient(BackupClient)
const DB = 'arn:aws:rds:eu-west-1:123456789012:db:orders'

function api(extra: Record<string, string> = {}) {
  const inputs: Record<string, string> = {
    'resource-arn': DB,
    'backup-vault-name': 'Default',
    'iam-role-arn': 'arn:aws:iam::123456789012:role/backup',
    ...extra
  }
  const settings = parseSettings((name) => inputs[name] ?? '', { GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '3' })
  return { settings, api: createBackupApi(settings, async () => ({ accessKeyId: 'a', secretAccessKey: 'b' })) }
}

beforeEach(() => {
  backup.reset()
})

describe('createBackupApi', () => {
  it('sends StartBackupJob with only the parameters the user set, and the derived token', async () => {
    backup.on(StartBackupJobCommand).resolves({ BackupJobId: 'job-1', CreationDate: new Date(0), IsParent: false })
    const { settings, api: a } = api({ 'delete-after-days': '35', 'backup-options': 'WindowsVSS=enabled' })
    const job = await a.start(settings.jobs[0]!, settings)
    const sent = backup.commandCalls(StartBackupJobCommand)[0]!.args[0].input
    expect(JSON.parse(JSON.stringify(sent))).toEqual({
      BackupVaultName: 'Default',
      ResourceArn: DB,
      IamRoleArn: 'arn:aws:iam::123456789012:role/backup',
      IdempotencyToken: expect.stringMatching(/^5-3-[0-9a-f]{24}$/),
      Lifecycle: { DeleteAfterDays: 35 },
      BackupOptions: { WindowsVSS: 'enabled' }
    })
    expect(job).toMatchObject({ backupJobId: 'job-1', status: { isParent: false } })
    expect(sent.IdempotencyToken).toBe(settings.jobs[0]?.idempotencyToken)
  })

  it('sends each job to a client in the region of its resource', async () => {
    backup.on(StartBackupJobCommand).resolves({ BackupJobId: 'job-1' })
    const { settings, api: a } = api()
    await a.start(settings.jobs[0]!, settings)
    const client = backup.commandCalls(StartBackupJobCommand)[0]!.thisValue as BackupClient
    expect(await client.config.region()).toBe('eu-west-1')
  })

  it('asks again, with the same token, when AWS answers without a job id, and gets the job', async () => {
    backup.on(StartBackupJobCommand).resolvesOnce({}).resolves({ BackupJobId: 'job-1' })
    const { settings, api: a } = api()
    expect(await a.start(settings.jobs[0]!, settings)).toMatchObject({ backupJobId: 'job-1' })
    const tokens = backup.commandCalls(StartBackupJobCommand).map((call) => call.args[0].input.IdempotencyToken)
    expect(tokens).toEqual([settings.jobs[0]?.idempotencyToken, settings.jobs[0]?.idempotencyToken])
  })

  it('fails clearly when AWS answers twice without a job id', async () => {
    backup.on(StartBackupJobCommand).resolves({})
    const { settings, api: a } = api()
    await expect(a.start(settings.jobs[0]!, settings)).rejects.toThrow('AWS Backup in eu-west-1 answered HTTP 200 without a job id, twice')
  })

  it('reads the status fields the wait and the outputs use', async () => {
    backup.on(DescribeBackupJobCommand).resolves({
      State: 'COMPLETED',
      StatusMessage: 'done',
      PercentDone: '100.0',
      BackupSizeInBytes: 1024,
      RecoveryPointArn: 'arn:rp',
      CompletionDate: new Date(1000),
      MessageCategory: 'SUCCESS',
      ChildJobsInState: { COMPLETED: 2 }
    })
    const { api: a } = api()
    const status = await a.describe({ backupJobId: 'job-1', region: 'eu-west-1' } as never)
    expect(status).toMatchObject({
      state: 'COMPLETED',
      percentDone: '100.0',
      backupSizeInBytes: 1024,
      recoveryPointArn: 'arn:rp',
      childJobsInState: { COMPLETED: 2 }
    })
  })

  it('lists every child of a parent job across pages', async () => {
    backup
      .on(ListBackupJobsCommand, { ByParentJobId: 'parent', NextToken: undefined })
      .resolves({ BackupJobs: [{ BackupJobId: 'c1', State: 'COMPLETED' }], NextToken: 'p2' })
      .on(ListBackupJobsCommand, { ByParentJobId: 'parent', NextToken: 'p2' })
      .resolves({ BackupJobs: [{ BackupJobId: 'c2', State: 'FAILED', StatusMessage: 'disk' }] })
    const { api: a } = api()
    const children = await a.listChildren({ backupJobId: 'parent', region: 'eu-west-1' } as never)
    expect(children.map((c) => [c.backupJobId, c.state])).toEqual([
      ['c1', 'COMPLETED'],
      ['c2', 'FAILED']
    ])
  })
})
