import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, logLines, nodeBinaries, runAction } from './runAction.js'
import { expectNoLeaks } from './secrets.js'

const ACCOUNT = '123456789012'
const DB = `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`
const TABLE = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/users`
const EFS = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0123456789abcdef0`
const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
const STATIC = { accessKeyId: 'AKIAAMBIENTKEY000001', secretAccessKey: 'ambient/secret/key/0000000000000000000000' }
const INPUTS = { 'resource-arn': DB, 'backup-vault-name': 'Default', 'iam-role-arn': `arn:aws:iam::${ACCOUNT}:role/backup` }
const OIDC_INPUTS = { ...INPUTS, 'role-to-assume': ROLE_TO_ASSUME }

describe.each(nodeBinaries())('start with the real bundle on %s', (_, node) => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ staticCredentials: STATIC, trustedRoleArns: [ROLE_TO_ASSUME] })
  })
  afterAll(() => sandbox.close())
  const seqNow = (): number => sandbox.requests.length
  const since = (from: number) => sandbox.requests.slice(from)

  it('assumes the role with the OIDC token and starts the job signed with the role keys', async () => {
    const from = seqNow()
    const before = sandbox.issuedSecrets()
    const run = await runAction({ node, inputs: OIDC_INPUTS, env: sandbox.env() })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    const seen = since(from)
    expect(seen.map((r) => r.operation)).toEqual(['GetIdToken', 'AssumeRoleWithWebIdentity', 'StartBackupJob', 'DescribeBackupJob'])
    const stsIssued = sandbox.issuedSecrets().accessKeyIds
    const start = seen.find((r) => r.operation === 'StartBackupJob')!
    expect(stsIssued).toContain(start.accessKeyId)
    expect(start.signingRegion).toBe('us-east-1')
    const body = start.body as Record<string, unknown>
    expect(body.IdempotencyToken).toBe(run.outputs['idempotency-token'])
    expect(run.outputs['idempotency-token']).toMatch(/^4242-1-[0-9a-f]{24}$/)
    const job = sandbox.job(run.outputs['backup-job-id']!)!
    expect(job.resourceArn).toBe(DB)
    expect(run.outputs['creation-date']).toBe(job.creationDate.toISOString())
    expect(run.outputs['is-parent']).toBe('false')
    expect(['CREATED', 'PENDING', 'RUNNING']).toContain(run.outputs.state)
    expect(logLines(run)).toContainEqual(
      expect.stringMatching(new RegExp(`^Started backup job ${job.backupJobId} for ${DB} in vault Default \\(us-east-1,`))
    )
    expect(run.summary).toContain(
      `[RDS database orders](https://us-east-1.console.aws.amazon.com/backup/home?region=us-east-1#/jobs/backup/details/${job.backupJobId} "${DB}")`
    )
    expectNoLeaks(run, sandbox, before)
  })

  it('uses the ambient credentials without role-to-assume, with no OIDC or STS request', async () => {
    const from = seqNow()
    const run = await runAction({ node, inputs: INPUTS, env: { ...sandbox.env({ staticCredentials: true }), GITHUB_RUN_ID: '5001' } })
    expect(run.code).toBe(0)
    expect(since(from).map((r) => [r.operation, r.accessKeyId])).toEqual([
      ['StartBackupJob', STATIC.accessKeyId],
      ['DescribeBackupJob', STATIC.accessKeyId]
    ])
  })

  it('starts several resources, each in its own region, one output line per resource', async () => {
    const from = seqNow()
    const before = sandbox.issuedSecrets()
    const run = await runAction({
      node,
      inputs: { ...OIDC_INPUTS, 'resource-arn': `${DB}\n${TABLE}\n${EFS}` },
      env: { ...sandbox.env(), GITHUB_RUN_ID: '5002' }
    })
    expect(run.code).toBe(0)
    const ids = run.outputs['backup-job-id']!.split('\n')
    expect(ids.map((id) => sandbox.job(id)?.resourceArn)).toEqual([DB, TABLE, EFS])
    expect(ids.map((id) => sandbox.job(id)?.region)).toEqual(['us-east-1', 'eu-west-1', 'us-east-1'])
    expect(since(from).filter((r) => r.operation === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    const jobs = JSON.parse(run.outputs['backup-jobs']!) as Array<Record<string, unknown>>
    expect(jobs.map((j) => j.resourceArn)).toEqual([DB, TABLE, EFS])
    expect(run.outputs['idempotency-token']!.split('\n')).toHaveLength(3)
    expectNoLeaks(run, sandbox, before)
  })

  it('gives the same job back when the same step of the same run attempt runs again, and a new one for a new attempt', async () => {
    const env = { ...sandbox.env(), GITHUB_RUN_ID: '5003' }
    const first = await runAction({ node, inputs: OIDC_INPUTS, env })
    const again = await runAction({ node, inputs: OIDC_INPUTS, env })
    const retry = await runAction({ node, inputs: OIDC_INPUTS, env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    expect(again.outputs['backup-job-id']).toBe(first.outputs['backup-job-id'])
    expect(retry.outputs['backup-job-id']).not.toBe(first.outputs['backup-job-id'])
    expect(sandbox.jobs({ resourceArn: DB }).filter((j) => j.idempotencyToken?.startsWith('5003-'))).toHaveLength(2)
  })

  it('starts exactly one job when the answer to StartBackupJob is lost, and reports it', async () => {
    const env = { ...sandbox.env(), GITHUB_RUN_ID: '5004' }
    sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop', times: 2 })
    const from = seqNow()
    const run = await runAction({ node, inputs: OIDC_INPUTS, env })
    expect(run.code).toBe(0)
    expect(
      since(from)
        .filter((r) => r.operation === 'StartBackupJob')
        .map((r) => r.dropped)
    ).toEqual([true, true, false])
    const made = sandbox.jobs().filter((j) => j.idempotencyToken === run.outputs['idempotency-token'])
    expect(made.map((j) => j.backupJobId)).toEqual([run.outputs['backup-job-id']])
  })

  it('takes aws-region as AWS_REGION: STS in it, each resource in its own region, none refused', async () => {
    const from = seqNow()
    const run = await runAction({
      node,
      inputs: { ...OIDC_INPUTS, 'resource-arn': `${DB}\n${TABLE}`, 'aws-region': 'eu-central-1' },
      env: { ...sandbox.env(), GITHUB_RUN_ID: '5005' }
    })
    expect(errorAnnotations(run)).toEqual([])
    expect(run.code).toBe(0)
    const starts = since(from).filter((r) => r.operation === 'StartBackupJob')
    expect(starts.map((r) => r.signingRegion).sort()).toEqual(['eu-west-1', 'us-east-1'])
  })

  it('fails a bad input with one sentence naming the input, and makes no request at all', async () => {
    const from = seqNow()
    const run = await runAction({ node, inputs: { ...OIDC_INPUTS, 'start-window-minutes': '30' }, env: sandbox.env() })
    expect(run.code).toBe(1)
    expect(errorAnnotations(run)).toEqual(['Input start-window-minutes has "30"; use a whole number from 60 to 52,560,000.'])
    expect(since(from)).toEqual([])
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
