import { describe, expect, it } from '@jest/globals'
import { DEFAULT_INPUTS, parseTryArgs } from '../../sandbox/tryRun.js'

describe('npm run sandbox -- run: the arguments', () => {
  it('lays the user’s inputs and variables over the working set', () => {
    const args = parseTryArgs([
      '--input',
      'wait=false',
      '--input',
      'resource-arn=arn:a\\narn:b',
      '--env',
      'GITHUB_SHA=abc',
      '--input',
      'recovery-point-tags=team=shop'
    ])
    expect(args.inputs).toEqual({ ...DEFAULT_INPUTS, wait: 'false', 'resource-arn': 'arn:a\narn:b', 'recovery-point-tags': 'team=shop' })
    expect(args.env).toEqual({ GITHUB_SHA: 'abc' })
  })

  it('reads a sandbox config', () => {
    expect(parseTryArgs(['--config', 'sb.json'], () => '{"latencyMs": 50}').config).toEqual({ latencyMs: 50 })
  })

  it.each([[['--input']], [['--input', 'novalue']], [['--bogus', 'a=b']]])('refuses %j with the usage', (argv) => {
    expect(() => parseTryArgs(argv)).toThrow(/Usage: npm run sandbox -- run/)
  })
})
