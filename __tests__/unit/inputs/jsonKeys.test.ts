import { describe, expect, it } from '@jest/globals'
import { repeatedKey, topLevelKeys } from '../../../src/inputs/jsonKeys.js'

describe('topLevelKeys', () => {
  it.each([
    ['one key', '{"team": "a"}', ['team']],
    ['a repeated key', '{"team": "a", "team": "b"}', ['team', 'team']],
    ['an escaped key, decoded', '{"t\\u0065am": "a"}', ['team']],
    ['a value that looks like a key', '{"a": "b:c", "d": "\\"e\\": f"}', ['a', 'd']],
    ['nested objects, whose keys are not the top level’s', '{"a": {"a": 1, "b": [{"c": 2}]}, "b": "x"}', ['a', 'b']],
    ['white space around the colon', '{ "a"\n\t :"x" }', ['a']],
    ['an empty object', '{}', []]
  ])('%s', (_, text, keys) => {
    expect(topLevelKeys(text)).toEqual(keys)
  })

  it.each([
    [['a', 'b', 'a'], 'a'],
    [['a', 'b'], undefined]
  ])('repeatedKey(%p) is %p', (keys, expected) => {
    expect(repeatedKey(keys)).toBe(expected)
  })
})
