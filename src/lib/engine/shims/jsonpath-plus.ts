// json-rules-engine can read a fact through a JSONPath ("path" in a
// condition). Vårdpengen's facts are flat numbers and the rule-set schema
// allows no "path", so the browser build replaces the JSONPath library
// (about a third of the engine's size) with this stub.

export function JSONPath(): never {
  throw new Error('Rule conditions in Vårdpengen do not use "path"; the JSON Schema forbids it.');
}
