import type { TestContext } from './test-context.js';

export interface ServerSentEvent {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
}

/** A server-sent event stream read one event at a time (comment lines, the heartbeats, counted apart). */
export async function openEventStream(t: TestContext, path: string, headers: Record<string, string> = {}) {
  const res = await t.request(path, { headers });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let comments = 0;
  return {
    res,
    get comments() {
      return comments;
    },
    /** the next event, or an error after `timeoutMs` */
    async next(timeoutMs = 5000): Promise<ServerSentEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = { event: 'message', id: undefined as string | undefined, data: [] as string[] };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            const [name, ...rest] = line.split(':');
            const value = rest.join(':').replace(/^ /, '');
            if (name === 'event') fields.event = value;
            else if (name === 'id') fields.id = value;
            else if (name === 'data') fields.data.push(value);
          }
          if (block.split('\n').every((l) => l.startsWith(':'))) {
            comments++;
            continue;
          }
          return { event: fields.event, id: fields.id, data: fields.data.join('\n') };
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), left)),
        ]);
        if (chunk.done) throw new Error('the stream ended');
        buffer += chunk.value;
      }
    },
    close: () => reader.cancel(),
  };
}
