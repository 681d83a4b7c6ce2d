import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox, statusChecks } from './scenario.js'

/**
 * The runner's clock 20 minutes ahead of AWS's: credentials that STS issues for 900 s expire, by the runner's clock,
 * 5 minutes before they arrive. Their lifetime is judged by STS's own clock, so they are used, not renewed in a loop.
 */

const CLOCK_AHEAD = ['--import', pathToFileURL(join(import.meta.dirname, 'clockAhead.mjs')).href]
const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }

describe.each(nodeBinaries())('a runner clock 20 minutes ahead, real bundle on %s', (_, node) => {
  it('role-duration-seconds 900 and a 5 s wait: one OIDC token, one AssumeRoleWithWebIdentity, and the job COMPLETED', () =>
    withSandbox({ ...TRUSTED, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 5_000 } }, async (sandbox) => {
      const inputs = { ...OIDC_INPUTS, 'role-duration-seconds': '900', wait: 'true', 'poll-interval-seconds': '1' }
      const run = await runChecked(sandbox, { node, nodeArgs: CLOCK_AHEAD, inputs, env: { CLOCK_OFFSET_MS: String(20 * 60_000) } })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(run.outputs.state).toBe('COMPLETED')
      expect(calls(sandbox, 'GetIdToken')).toHaveLength(1)
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toHaveLength(1)
      expect(statusChecks(sandbox)).toBeGreaterThanOrEqual(3)
    }))
})
