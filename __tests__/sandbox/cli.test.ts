import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { REGION, ROLE, STATIC, ebs } from './helpers.js'

const run = promisify(execFile)
const hasAws = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0

// The CLI (botocore) signs differently from the JS SDK in small ways (path quoting, header set); worth a check.
;(hasAws ? describe : describe.skip)('the aws CLI against the sandbox', () => {
  let sb: Sandbox
  beforeAll(async () => {
    sb = await startSandbox({ staticCredentials: STATIC, timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 50 } })
  })
  afterAll(async () => {
    await sb.close()
  })

  // Async on purpose: the sandbox answers from this very process.
  const aws = async (...args: string[]): Promise<Record<string, unknown>> => {
    const { stdout } = await run('aws', [...args, '--endpoint-url', sb.url, '--region', REGION, '--output', 'json'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '/tmp',
        AWS_ACCESS_KEY_ID: STATIC.accessKeyId,
        AWS_SECRET_ACCESS_KEY: STATIC.secretAccessKey,
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_PAGER: ''
      }
    })
    return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>)
  }

  it('starts, describes and lists a job', async () => {
    const started = await aws(
      'backup',
      'start-backup-job',
      '--backup-vault-name',
      'cli-vault',
      '--resource-arn',
      ebs(77),
      '--iam-role-arn',
      ROLE
    )
    const id = String(started['BackupJobId'])
    expect(sb.job(id)?.backupVaultName).toBe('cli-vault')
    const described = await aws('backup', 'describe-backup-job', '--backup-job-id', id)
    expect(described['BackupJobId']).toBe(id)
    const listed = await aws('backup', 'list-backup-jobs', '--by-resource-arn', ebs(77))
    expect((listed['BackupJobs'] as { BackupJobId: string }[]).map((j) => j.BackupJobId)).toEqual([id])
    expect(sb.requests.filter((r) => r.service === 'backup').map((r) => r.status)).toEqual([200, 200, 200])
  }, 30000)
})
