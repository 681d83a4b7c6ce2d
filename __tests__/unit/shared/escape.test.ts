import { describe, expect, it } from '@jest/globals'
import { jsonText, markdownCell, markdownCode, oneLine, quote } from '../../../src/shared/escape.js'

/** What the runner would take for a command: `::name::` at the start of a line (after spaces), `##[name]` anywhere. */
function carriesCommand(text: string): boolean {
  return text.split(/\r\n|[\r\n\u2028\u2029]/).some((line) => /^\s*::/.test(line) || line.includes('##['))
}

describe('values on their way to the log', () => {
  it.each([
    ['a newline then a command', 'ok\n::error::injected'],
    ['CR LF then a command', 'ok\r\n::add-mask::x'],
    ['a line separator then a command', 'ok\u2028::warning::x'],
    ['a command at the start', '::error::injected'],
    ['a command after spaces', '   ::error::injected'],
    ['a legacy command mid-line', 'see ##[error]injected here'],
    ['a legacy command at the start', '##[set-output name=x;]y']
  ])('oneLine keeps %s from running', (_, value) => {
    expect(carriesCommand(`prefix ${oneLine(value)}`)).toBe(false)
    expect(carriesCommand(oneLine(value))).toBe(false)
  })

  it.each([
    ['a newline', 'a\nb', '"a\\nb"'],
    ['a legacy command', '##[error]x', '"##\u200b[error]x"'],
    ['a line separator', 'a\u2029b', '"a\\u2029b"']
  ])('quote keeps %s from running and shows it', (_, value, shown) => {
    const quoted = quote(value)
    expect(carriesCommand(quoted)).toBe(false)
    expect(quoted).toBe(shown)
  })

  it.each([
    ['NEL (U+0085), a line break to some viewers', 'a\u0085::error::x', 'a ::error::x', '"a\\u0085::error::x"'],
    ['CSI (U+009B), which starts a terminal escape', 'a\u009b31mred', 'a31mred', '"a\\u009b31mred"'],
    ['the other C1 controls', 'a\u0080\u0090\u009f', 'a', '"a\\u0080\\u0090\\u009f"']
  ])('drops %s from one line, and shows it escaped in a quote', (_, value, line, quoted) => {
    expect(oneLine(value)).toBe(line)
    expect(quote(value)).toBe(quoted)
    expect(JSON.parse(jsonText(value))).toBe(value)
    expect(jsonText(value)).not.toMatch(/[\u0080-\u009f]/)
  })

  it('leaves ordinary values as they are', () => {
    expect(oneLine('arn:aws:rds:us-east-1:123456789012:db:orders')).toBe('arn:aws:rds:us-east-1:123456789012:db:orders')
    expect(quote('Insufficient privileges.')).toBe('"Insufficient privileges."')
  })

  it('markdownCell keeps a pipe a pipe and escapes markup', () => {
    expect(markdownCell('a|b')).toBe('a\\|b')
    expect(markdownCell('<b>*x*</b>')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt;')
  })
})

describe('markdownCode', () => {
  it.each([
    ['arn:aws:rds:us-east-1:123456789012:db:orders', '`arn:aws:rds:us-east-1:123456789012:db:orders`'],
    ['a|b', '`a\\|b`'],
    ['a`b', '`` a`b ``'],
    ['a``b`', '``` a``b` ```'],
    ['x\n::error::y', '`x ::error::y`'],
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;']
  ])('%j → %j', (value, code) => {
    expect(markdownCode(value)).toBe(code)
  })
})
