// Preloaded with --import into the bundle's process: its clock runs CLOCK_OFFSET_MS ahead of the real one, as a
// runner's clock that has drifted would (Date only; timers keep real time).
const offset = Number(process.env.CLOCK_OFFSET_MS ?? 0)
const RealDate = Date
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args) => (args.length === 0 ? new target(target.now() + offset) : new target(...args)),
  apply: (target) => new target(target.now() + offset).toString(),
  get: (target, property) => (property === 'now' ? () => target.now() + offset : Reflect.get(target, property))
})
