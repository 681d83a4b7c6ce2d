/**
 * Which package a line of dist/*.js comes from, by the source path its source map gives: what both the bundle's
 * make-up (bench/bundle.ts) and the CPU profile's breakdown (bench/cpuProfile.ts) are charged to.
 */

/** node_modules/<package>, src/, a Node builtin stub, or the ncc/webpack runtime, from a source map's source path. */
export function packageOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg) return pkg[1]!
  if (/(^|\/)src\/.+\.ts$/.test(source)) return "src/ (the action's own code)"
  const builtin = /external node-commonjs "([^"]+)"/.exec(source)
  if (builtin) return `Node builtin ${builtin[1]!.replace(/^node:/, '')}`
  if (source.includes('webpack/')) return 'ncc/webpack runtime'
  return source === '' ? '(unmapped)' : source
}
