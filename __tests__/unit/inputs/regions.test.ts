import { describe, expect, it } from '@jest/globals'
import { editDistance, regionProblem } from '../../../src/inputs/regions.js'

describe('regionProblem: a region, a new one, or a misspelt one', () => {
  it.each<[string, string | undefined]>([
    ['us-east-1', undefined],
    ['eusc-de-east-1', undefined],
    ['us-gov-west-1', undefined],
    // Not listed, but made of the words of listed regions: AWS may have opened it since.
    ['us-east-3', undefined],
    ['ap-southeast-9', undefined],
    ['US-EAST-1', 'did you mean us-east-1?'],
    ['us-east1', 'did you mean us-east-1?'],
    ['useast-1', 'did you mean us-east-1?'],
    ['us-esat-1', 'did you mean us-east-1?'],
    ['eu-cental-1', 'did you mean eu-central-1?'],
    ['Virginia', 'e.g. us-east-1'],
    ['us-east-1$(whoami)', 'e.g. us-east-1'],
    // Well formed and far from every listed region: not refused.
    ['xy-zzz-1', undefined]
  ])('%s → %s', (value, problem) => {
    expect(regionProblem(value)).toBe(problem)
  })
})

describe('editDistance', () => {
  it.each([
    ['east', 'east', 0],
    ['esat', 'east', 1],
    ['us-east1', 'us-east-1', 1],
    ['abc', '', 3],
    ['kitten', 'sitting', 3]
  ])('%s, %s → %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })
})
