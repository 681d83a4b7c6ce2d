/**
 * AWS regions, to say "did you mean us-east-1?" for a misspelt one. Pure. A well-formed region that is not listed
 * here is still accepted when its words are those of listed regions (us-east-3, say): AWS opens new regions, and
 * this list must not turn their users away.
 */

export const KNOWN_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
  'us-gov-east-1',
  'us-gov-west-1',
  'cn-north-1',
  'cn-northwest-1',
  'eusc-de-east-1'
]

// A two-letter area (us-east-1, us-gov-west-1, cn-north-1), or the European Sovereign Cloud's eusc-de-east-1.
const SHAPE = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/
const WORDS = new Set(KNOWN_REGIONS.flatMap((region) => region.split('-').slice(0, -1)))
// Further than this from every listed region, a value is no misspelling of one.
const MAX_DISTANCE = 2

/** Whether the value has a region's shape, whatever its words. */
export function hasRegionShape(value: string): boolean {
  return SHAPE.test(value)
}

/** The listed region a value was probably meant to be, when it is not one itself and is close to one. */
export function closestRegion(value: string): string | undefined {
  const lower = value.toLowerCase()
  if (KNOWN_REGIONS.includes(value)) return undefined
  let best: { region: string; distance: number } | undefined
  for (const region of KNOWN_REGIONS) {
    const distance = editDistance(lower, region)
    if (distance <= MAX_DISTANCE && (best === undefined || distance < best.distance)) best = { region, distance }
  }
  return best?.region
}

/**
 * Why a value is not a region, in a phrase that goes after "which is not an AWS region", or undefined when it is
 * one: listed, or well formed from the words of listed regions.
 */
export function regionProblem(value: string): string | undefined {
  if (KNOWN_REGIONS.includes(value)) return undefined
  const shaped = hasRegionShape(value)
  if (
    shaped &&
    value
      .split('-')
      .slice(0, -1)
      .every((word) => WORDS.has(word))
  )
    return undefined
  const closest = closestRegion(value)
  if (closest !== undefined) return `did you mean ${closest}?`
  return shaped ? undefined : 'e.g. us-east-1'
}

/** Levenshtein distance, with a swap of two neighbours counting as one edit ("esat" for "east"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[]
      const above = d[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = best
    }
  }
  return (d[a.length] as number[])[b.length] as number
}
