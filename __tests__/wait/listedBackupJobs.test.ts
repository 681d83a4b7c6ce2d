import { describe, expect, it } from '@jest/globals'
import { answersFrom, listQueries } from '../../src/wait/listedBackupJobs.js'
import type { JobStatus } from '../../src/shared/job.js'
import { startedJob } from './fakes.js'

const at = (iso: string): Date => new Date(iso)

describe('listQueries', () => {
  it.each([
    {
      what: 'one vault in one region: from a second before the first job to a second after the last',
      jobs: [
        { id: 'a', created: '2026-11-29T10:00:05.000Z' },
        { id: 'b', created: '2026-11-29T10:00:01.500Z' },
        { id: 'c', created: '2026-11-29T10:00:09.250Z' }
      ],
      queries: [
        {
          region: 'eu-west-1',
          backupVaultName: 'Default',
          createdAfter: '2026-11-29T10:00:00.500Z',
          createdBefore: '2026-11-29T10:00:10.250Z'
        }
      ]
    },
    {
      what: 'two regions: a query each',
      jobs: [
        { id: 'a', created: '2026-11-29T10:00:05.000Z' },
        { id: 'b', created: '2026-11-29T10:00:07.000Z', region: 'us-east-1' }
      ],
      queries: [
        {
          region: 'eu-west-1',
          backupVaultName: 'Default',
          createdAfter: '2026-11-29T10:00:04.000Z',
          createdBefore: '2026-11-29T10:00:06.000Z'
        },
        {
          region: 'us-east-1',
          backupVaultName: 'Default',
          createdAfter: '2026-11-29T10:00:06.000Z',
          createdBefore: '2026-11-29T10:00:08.000Z'
        }
      ]
    },
    {
      what: 'a job whose creation date is unknown: left out of the span (it is read alone until it is known)',
      jobs: [{ id: 'a', created: '2026-11-29T10:00:05.000Z' }, { id: 'b' }],
      queries: [
        {
          region: 'eu-west-1',
          backupVaultName: 'Default',
          createdAfter: '2026-11-29T10:00:04.000Z',
          createdBefore: '2026-11-29T10:00:06.000Z'
        }
      ]
    },
    { what: 'no creation date at all: no query', jobs: [{ id: 'a' }], queries: [] }
  ])('$what', ({ jobs, queries }) => {
    const watched = (jobs as { id: string; created?: string; region?: string }[]).map(({ id, created, region }) => ({
      job: startedJob(id, region ? { region } : {}),
      status: created ? { creationDate: at(created) } : {}
    }))
    expect(
      listQueries(watched).map((q) => ({ ...q, createdAfter: q.createdAfter.toISOString(), createdBefore: q.createdBefore.toISOString() }))
    ).toEqual(queries)
  })
})

describe('answersFrom', () => {
  const running: JobStatus = { state: 'RUNNING', percentDone: '40.0', isParent: false }
  it.each([
    { what: 'a listed job takes its listed status', known: {}, listed: [{ backupJobId: 'job-a', status: running }], answer: running },
    {
      what: 'a job the list does not show yet is left to describe',
      known: {},
      listed: [{ backupJobId: 'job-other', status: running }],
      answer: undefined
    },
    {
      what: 'a parent job (as listed) is left to describe, for its child counts',
      known: {},
      listed: [{ backupJobId: 'job-a', status: { ...running, isParent: true } }],
      answer: undefined
    },
    {
      what: 'a parent job (as StartBackupJob said) is left to describe',
      known: { isParent: true },
      listed: [{ backupJobId: 'job-a', status: { state: 'RUNNING' } }],
      answer: undefined
    }
  ])('$what', ({ known, listed, answer }) => {
    expect(answersFrom([{ job: startedJob('a'), status: known }], listed)).toEqual([answer])
  })

  it('answers in the order of the jobs given', () => {
    const jobs = ['a', 'b', 'c'].map((id) => ({ job: startedJob(id), status: {} }))
    const listed = ['c', 'a'].map((id) => ({ backupJobId: `job-${id}`, status: { state: `state of ${id}` } }))
    expect(answersFrom(jobs, listed)).toEqual([{ state: 'state of a' }, undefined, { state: 'state of c' }])
  })
})
