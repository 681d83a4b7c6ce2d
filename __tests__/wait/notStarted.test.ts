import { describe, expect, it } from '@jest/globals'
import type { ChildJob, JobStatus } from '../../src/shared/job.js'
import { notStartedNote, notStartedWatch } from '../../src/wait/notStarted.js'
import { startedJob } from './fakes.js'

const job = startedJob('J1', { resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders', backupJobId: 'J1' })
const CREATED: JobStatus = { state: 'CREATED' }

describe('notStartedNote', () => {
  it.each<[string, number, ChildJob | undefined, RegExp | undefined]>([
    ['CREATED for 30 s: about to start, no note', 30_000, undefined, undefined],
    ['CREATED for exactly a minute: no note yet', 60_000, undefined, undefined],
    [
      'CREATED for 61 s, nothing found running',
      61_000,
      undefined,
      /^not started after 1m 01s: AWS Backup runs one backup job per resource at a time, so another backup/
    ],
    [
      'CREATED for 5 minutes, another job running',
      300_000,
      { backupJobId: 'OTHER' },
      /^not started after 5m 00s: .* and job OTHER is running on this resource; this one starts when that one ends/
    ]
  ])('%s', (_, ms, running, note) => {
    const text = notStartedNote(ms, running)
    if (note === undefined) expect(text).toBeUndefined()
    else expect(text).toMatch(note)
  })
})

describe('notStartedWatch', () => {
  function setup(running: ChildJob[] | Error) {
    let now = 0
    const lookups: string[] = []
    const watch = notStartedWatch({
      now: () => now,
      jobsRunningOn: async (j) => {
        lookups.push(j.backupJobId)
        if (running instanceof Error) throw running
        return running
      }
    })
    return { watch, lookups, at: (ms: number) => (now = ms) }
  }

  it('says nothing for a minute, then names the job running on the resource, looked up once', async () => {
    const { watch, lookups, at } = setup([{ backupJobId: 'OTHER', state: 'RUNNING' }])
    await watch.seen(job, CREATED)
    at(45_000)
    await watch.seen(job, CREATED)
    expect(watch.note(CREATED, job)).toBeUndefined()
    expect(lookups).toEqual([])
    at(75_000)
    await watch.seen(job, CREATED)
    expect(watch.note(CREATED, job)).toMatch(/and job OTHER is running on this resource/)
    at(400_000)
    await watch.seen(job, CREATED)
    expect(lookups).toEqual(['J1'])
  })

  it('gives the general reason when the look-up fails', async () => {
    const { watch, at } = setup(new Error('AccessDenied'))
    await watch.seen(job, CREATED)
    at(61_000)
    await watch.seen(job, CREATED)
    expect(watch.note(CREATED, job)).toMatch(/so another backup of this resource may still be running/)
  })

  it('forgets a job once it leaves CREATED', async () => {
    const { watch, at } = setup([])
    await watch.seen(job, CREATED)
    at(61_000)
    await watch.seen(job, { state: 'RUNNING' })
    expect(watch.note({ state: 'RUNNING' }, job)).toBeUndefined()
  })
})
