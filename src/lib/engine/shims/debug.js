// json-rules-engine's debug logger reads window.localStorage when it loads,
// a synchronous storage access at start-up (and one that throws in some
// sandboxed iframes). The page never debugs the engine, so it logs nothing.

export default function debug() {}
