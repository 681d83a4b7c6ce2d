import { describe, expect, it } from '@jest/globals'
import { markdownCell, quote } from '../../../src/shared/escape.js'
import { secretScrubber } from '../../../src/shared/secretScrubber.js'

const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE/session+token/0000000000000000000000000000000000=='
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vc2hvcCJ9.abc_def-ghi_jkl'
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

describe('secretScrubber', () => {
  const scrubber = secretScrubber()
  for (const secret of [SESSION_TOKEN, JWT, SECRET_KEY]) scrubber.add(secret)

  it.each([
    ['raw, in a sentence', `headers: x-amz-security-token=${SESSION_TOKEN}; done`, 'headers: x-amz-security-token=***; done'],
    ['in a JSON output', JSON.stringify({ statusMessage: `token ${SESSION_TOKEN}` }), '{"statusMessage":"token ***"}'],
    ['escaped for a markdown cell (the JWT has "_")', markdownCell(`Bearer ${JWT}`), 'Bearer ***'],
    ['percent-encoded, as in a form body', `WebIdentityToken=${encodeURIComponent(JWT)}&x=1`, 'WebIdentityToken=***&x=1'],
    ['cut short in a quoted message', quote(`secret ${SECRET_KEY}`, 20), '"secret ***…"'],
    ['several, side by side', `${SECRET_KEY}${SECRET_KEY} and ${JWT}`, '****** and ***'],
    [
      'none at all',
      'StartBackupJob for "arn:aws:rds:us-east-1:123456789012:db:orders" failed.',
      'StartBackupJob for "arn:aws:rds:us-east-1:123456789012:db:orders" failed.'
    ]
  ])('%s', (_, text, expected) => {
    expect(scrubber.scrub(text)).toBe(expected)
  })

  it('leaves fewer than 8 characters of a secret cut short, and ignores values too short to be credentials', () => {
    const short = secretScrubber()
    short.add('abc')
    short.add(SECRET_KEY)
    expect(short.scrub(`abc ${SECRET_KEY.slice(0, 7)}… ${SECRET_KEY.slice(0, 8)}…`)).toBe(`abc ${SECRET_KEY.slice(0, 7)}… ***…`)
  })
})
