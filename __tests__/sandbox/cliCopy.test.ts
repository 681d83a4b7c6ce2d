import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { DR_VAULT, backedUp } from './copyHelpers.js'
import { REGION, ROLE, STATIC, client, ebs } from './helpers.js'

const run = promisify(execFile)
const hasAws = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0

// botocore serialises and signs on its own (its query timestamps, its path quoting): the copy routes must take both.
;(hasAws ? describe : describe.skip)('the aws CLI against the sandbox: copy jobs', () => {
  let sb: Sandbox
  beforeAll(async () => {
    sb = await startSandbox({
      staticCredentials: STATIC,
      timeline: { pendingAfterMs: 0, runningAfterMs: 0, endAfterMs: 20 },
      copyTimeline: { runningAfterMs: 0, endAfterMs: 20 }
    })
  })
  afterAll(async () => {
    await sb.close()
  })

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

  it('starts, describes and lists a copy job', async () => {
    const rp = await backedUp(client(sb), ebs(88))
    const before = new Date(Date.now() - 1000).toISOString()
    const started = await aws(
      'backup',
      'start-copy-job',
      '--recovery-point-arn',
      rp,
      '--source-backup-vault-name',
      'main-vault',
      '--destination-backup-vault-arn',
      DR_VAULT,
      '--iam-role-arn',
      ROLE
    )
    const id = String(started['CopyJobId'])
    expect(sb.copyJob(id)?.sourceRecoveryPointArn).toBe(rp)
    const described = await aws('backup', 'describe-copy-job', '--copy-job-id', id)
    expect((described['CopyJob'] as { CopyJobId: string }).CopyJobId).toBe(id)
    const listed = await aws('backup', 'list-copy-jobs', '--by-created-after', before, '--by-destination-vault-arn', DR_VAULT)
    expect((listed['CopyJobs'] as { CopyJobId: string }[]).map((j) => j.CopyJobId)).toEqual([id])
    const cliCalls = sb.requests.filter((r) => r.path.startsWith('/copy-jobs'))
    expect(cliCalls.map((r) => [r.operation, r.status])).toEqual([
      ['StartCopyJob', 200],
      ['DescribeCopyJob', 200],
      ['ListCopyJobs', 200]
    ])
  }, 30000)
})
