import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from './runAction.js'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, OUTPUT_NAMES, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/**
 * Values from outside (status messages, tags, ARNs, service errors) full of workflow-command, output-file and
 * markdown syntax: none starts a workflow command, GITHUB_OUTPUT keeps exactly its outputs, the summary table its columns.
 */

const HOSTILE =
  '\n::error::injected %0A ::warning::injected | col | **bold** `tick` <img src=x> [link](https://evil.example) $(id) ##[error]legacy\r\n  ::add-mask::injected'
const RESOURCE = 'arn:aws:dynamodb:us-east-1:123456789012:table/a|b*c_[d](https://evil.example)<b>x</b>'
const TAG = '::error::injected %0A | **x** $(id) `id` <b>'
// The main table, then the full ARNs and ids below it.
const SUMMARY_WIDTHS = [7, 7, 7, 5, 5, 5]

/** Workflow commands that carry the injected text at the start of a line, where the runner would obey them. */
const injectedCommands = (run: ActionRun): string[] => run.stdout.split(/\r?\n/).filter((line) => /^::[a-z-]+::injected/.test(line))

/** Cells per row of the summary's table, counting only unescaped pipes. */
const tableWidths = (summary: string): number[] =>
  summary
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => (line.match(/(?<!\\)\|/g)?.length ?? 0) - 1)

describe.each(nodeBinaries())('injection through values the action reports, real bundle on %s', (_, node) => {
  it('a failed job whose status messages, resource ARN and tag carry command and markdown syntax', () =>
    withSandbox(
      {
        trustedRoleArns: [ROLE_TO_ASSUME],
        timeline: {
          pendingAfterMs: 10,
          runningAfterMs: 30,
          endAfterMs: 1_200,
          endState: 'FAILED',
          statusMessage: `Failed:${HOSTILE}`,
          runningStatusMessage: `Running:${HOSTILE}`
        }
      },
      async (sandbox) => {
        const inputs = {
          ...OIDC_INPUTS,
          'resource-arn': RESOURCE,
          'recovery-point-tags': JSON.stringify({ note: TAG }),
          wait: 'true',
          'poll-interval-seconds': '1'
        }
        const run = await runChecked(sandbox, { node, inputs })
        expect(run.code).toBe(1)
        expect(injectedCommands(run)).toEqual([])
        expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toHaveLength(1)
        expect(errorAnnotations(run)[0]).toContain('injected | col | **bold**')
        // Every log line is one line of its own: nothing the job said split it.
        const injectedLines = logLines(run).filter((line) => line.includes('injected'))
        expect(injectedLines.some((line) => line.includes('Running:'))).toBe(true)
        expect(injectedLines.some((line) => line.includes('Failed:'))).toBe(true)
        expect(injectedLines.every((line) => line.includes('Failed:') || line.includes('Running:'))).toBe(true)

        expect(Object.keys(run.outputs).sort()).toEqual(OUTPUT_NAMES)
        expect(run.outputs['status-message']).toBe(
          'Failed: ::error::injected %0A ::warning::injected | col | **bold** `tick` <img src=x> [link](https://evil.example) $(id) ##\u200b[error]legacy   ::add-mask::injected'
        )
        expect(run.outputs.state).toBe('FAILED')
        const [job] = JSON.parse(run.outputs['backup-jobs'] ?? '[]') as Array<{ statusMessage: string; resourceArn: string }>
        expect(job).toMatchObject({ statusMessage: `Failed:${HOSTILE}`, resourceArn: RESOURCE })

        expect(tableWidths(run.summary)).toEqual(SUMMARY_WIDTHS)
        expect(run.summary).not.toContain('<b>')
        // Markdown syntax is escaped: no link, no emphasis, no HTML.
        expect(run.summary).not.toMatch(/(?<!\\)\]\(https:\/\/evil/)
        expect(run.summary).toContain('b\\*c\\_')
        // The tag went to AWS Backup exactly as given (beside the run's github: tags).
        expect((calls(sandbox, 'StartBackupJob')[0]?.body as { RecoveryPointTags: Record<string, string> }).RecoveryPointTags.note).toBe(
          TAG
        )
      }
    ))

  it('shows a pipe in a resource ARN as a pipe in the summary table', () =>
    withSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] }, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'resource-arn': RESOURCE } })
      expect(run.code).toBe(0)
      expect(run.summary).toMatch(/table\/a(\\\||&#124;)b/)
    }))

  it('a start refused with a service message that carries command and markdown syntax', () =>
    withSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] }, async (sandbox) => {
      sandbox.fault({
        service: 'backup',
        operation: 'StartBackupJob',
        kind: 'error',
        code: 'InvalidParameterValueException',
        message: `Refused:${HOSTILE}`
      })
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'resource-arn': RESOURCE } })
      expect(run.code).toBe(1)
      expect(injectedCommands(run)).toEqual([])
      expect(errorAnnotations(run)).toHaveLength(1)
      expect(errorAnnotations(run)[0]).not.toMatch(/[\r\n]/)
      expect(Object.keys(run.outputs).sort()).toEqual(OUTPUT_NAMES)
      expect(run.outputs['status-message']).not.toMatch(/[\r\n]/)
      expect(tableWidths(run.summary)).toEqual(SUMMARY_WIDTHS)
      // The reason the job did not start is in its row, its markdown shown as text.
      const row = run.summary.split('\n').find((line) => line.startsWith('| ❌ '))
      expect(row).toContain('\\*\\*bold\\*\\*')
    }))
})
