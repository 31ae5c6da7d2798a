// The part of eventemitter2 that json-rules-engine uses (on, emitAsync and
// friends), for the browser build: the full library is a sixth of the
// engine's weight and the page listens to no engine events. A function
// constructor, not a class: json-rules-engine calls its superclass with
// `.call(this)`. Exercised by every engine test (vitest uses the same alias).

export function EventEmitter2() {
  this._listeners = Object.create(null);
}

EventEmitter2.prototype.on = function on(event, listener) {
  (this._listeners[event] ||= []).push(listener);
  return this;
};
EventEmitter2.prototype.addListener = EventEmitter2.prototype.on;

EventEmitter2.prototype.off = function off(event, listener) {
  const list = this._listeners[event];
  if (list) this._listeners[event] = list.filter((l) => l !== listener);
  return this;
};
EventEmitter2.prototype.removeListener = EventEmitter2.prototype.off;

EventEmitter2.prototype.removeAllListeners = function removeAllListeners(event) {
  if (event === undefined) this._listeners = Object.create(null);
  else delete this._listeners[event];
  return this;
};

EventEmitter2.prototype.listeners = function listeners(event) {
  return [...(this._listeners[event] || [])];
};

EventEmitter2.prototype.emit = function emit(event, ...args) {
  const list = this._listeners[event] || [];
  for (const listener of [...list]) listener.apply(this, args);
  return list.length > 0;
};

EventEmitter2.prototype.emitAsync = function emitAsync(event, ...args) {
  const list = this._listeners[event] || [];
  return Promise.all(list.map((listener) => listener.apply(this, args)));
};

export default EventEmitter2;
