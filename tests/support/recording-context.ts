// Test support: a stand-in for a 2D context that records every call and property write, so the drawing
// code can be checked in node, where there is no canvas.

export interface Call {
  op: 'call' | 'set' | 'get';
  name: string;
  args: unknown[];
}

export interface RecordingContext {
  ctx: CanvasRenderingContext2D;
  calls: Call[];
  /** Texts passed to fillText, in order. */
  texts: () => string[];
}

/** Widths as in tests' fake measure: half an em per character, from the px size in the current font. */
function fakeWidth(text: string, font: string): number {
  return text.length * Number(/([\d.]+)px/.exec(font)?.[1] ?? 10) * 0.5;
}

export function recordingContext(): RecordingContext {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { font: '10px sans-serif' };
  const target = {} as Record<string | symbol, unknown>;
  const ctx = new Proxy(target, {
    get(_t, name) {
      if (typeof name === 'symbol') return undefined;
      if (name in state) {
        calls.push({ op: 'get', name, args: [] });
        return state[name];
      }
      return (...args: unknown[]) => {
        calls.push({ op: 'call', name, args });
        if (name === 'measureText') return { width: fakeWidth(String(args[0]), String(state.font)) };
        return undefined;
      };
    },
    set(_t, name, value) {
      if (typeof name === 'symbol') return false;
      calls.push({ op: 'set', name, args: [value] });
      state[name] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return {
    ctx,
    calls,
    texts: () => calls.filter((c) => c.op === 'call' && c.name === 'fillText').map((c) => String(c.args[0])),
  };
}
