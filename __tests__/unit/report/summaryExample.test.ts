import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stepSummaryMarkdown } from '../../../src/report/stepSummary.js'
import type { JobRecord, JobRequest, JobStatus, JobVerdict } from '../../../src/shared/job.js'

/**
 * docs/summary-example.md is the summary of the README's screenshot (docs/summary.png): a wait over five resources,
 * made here by the action's own stepSummaryMarkdown from fixed jobs. This test fails when the code would now write
 * another summary; `UPDATE_SUMMARY_EXAMPLE=1 npm test -- __tests__/unit/report/summaryExample.test.ts` writes it
 * again, and `node script/render-summary.mjs` renders the screenshot from it.
 */

const EXAMPLE = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', '..', 'docs', 'summary-example.md')
const ACCOUNT = '123456789012'
const at = (time: string): Date => new Date(`2026-05-04T${time}Z`)

function job(n: number, resourceArn: string, region: string, status: JobStatus, verdict: JobVerdict): JobRecord {
  const request: JobRequest = {
    resourceArn,
    partition: 'aws',
    region,
    backupVaultName: 'nightly',
    idempotencyToken: `9216843210-1-${'0123456789abcdef01234567'.slice(n)}${'abcdef'.slice(0, n)}`
  }
  const backupJobId = `${n}E4C8A1B-2F3D-4C5B-9A6E-7D8F9A0B1C2${n}`
  return { request, backupJobId, status, verdict }
}

const completed = (resource: string): JobVerdict => ({ verdict: 'success', message: `Backup of "${resource}" completed.` })

export const RECORDS: readonly JobRecord[] = [
  job(
    1,
    `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`,
    'us-east-1',
    {
      state: 'COMPLETED',
      messageCategory: 'SUCCESS',
      recoveryPointArn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:awsbackup:job-1e4c8a1b-2f3d`,
      creationDate: at('02:17:04'),
      completionDate: at('02:29:41'),
      backupSizeInBytes: 42.7 * 1024 ** 3
    },
    completed('orders')
  ),
  job(
    2,
    `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/users`,
    'us-east-1',
    {
      state: 'COMPLETED',
      messageCategory: 'SUCCESS',
      recoveryPointArn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/users/backup/01746325024000-3b1f9c2e`,
      creationDate: at('02:17:04'),
      completionDate: at('02:19:12'),
      backupSizeInBytes: 3.1 * 1024 ** 3
    },
    completed('users')
  ),
  job(
    3,
    `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f67890`,
    'eu-west-1',
    {
      state: 'COMPLETED',
      messageCategory: 'INVALIDPARAMETERS',
      statusMessage: 'Backup completed, but 12 files could not be read and were skipped.',
      recoveryPointArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:recovery-point:5d2e7f90-8a1b-4c3d-9e0f-1a2b3c4d5e6f`,
      creationDate: at('02:17:05'),
      completionDate: at('02:41:58'),
      backupSizeInBytes: 118.4 * 1024 ** 3
    },
    {
      verdict: 'warning',
      message: 'completed with issues',
      reason:
        'Completed with issues (message category "INVALIDPARAMETERS"). Backup completed, but 12 files could not be read and were skipped.'
    }
  ),
  job(
    4,
    `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0f1e2d3c4b5a69788`,
    'us-east-1',
    {
      state: 'FAILED',
      messageCategory: 'FAILED',
      statusMessage: 'The volume is in use by another snapshot. Try again after it completes.',
      recoveryPointArn: `arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0`,
      creationDate: at('02:17:05'),
      completionDate: at('02:18:30')
    },
    {
      verdict: 'failure',
      message: 'failed',
      reason: 'The volume is in use by another snapshot. Try again after it completes.'
    }
  ),
  job(
    5,
    `arn:aws:s3:::shop-invoices`,
    'us-east-1',
    {
      state: 'COMPLETED',
      messageCategory: 'SUCCESS',
      recoveryPointArn: `arn:aws:backup:us-east-1:${ACCOUNT}:recovery-point:continuous:shop-invoices-7c1d2e3f`,
      creationDate: at('02:17:05'),
      completionDate: at('02:33:20'),
      backupSizeInBytes: 9.8 * 1024 ** 3
    },
    completed('shop-invoices')
  )
]
const NOW = at('02:42:03')

describe('docs/summary-example.md, the summary of the README screenshot', () => {
  it('is what stepSummaryMarkdown makes now from the example jobs', () => {
    const markdown = stepSummaryMarkdown(RECORDS, NOW)
    if (process.env.UPDATE_SUMMARY_EXAMPLE === '1') writeFileSync(EXAMPLE, markdown)
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(markdown)
  })
})
