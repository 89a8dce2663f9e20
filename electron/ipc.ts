import { channels, requests, type Channel, type Handlers } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import { isAppUrl } from './policy';

type Handle = (request: unknown) => Promise<Result<unknown>>;

/** Receives one validated-and-wrapped handler per channel; `ipcMain.handle` in the app, `exposeBinding` in tests. */
export type Register = (channel: Channel, handle: Handle) => void;

/**
 * Binds every channel of the contract: the request is parsed with its schema (anything from the renderer is
 * untrusted) and every throw becomes a `Result` error, so the renderer always gets an answer it can show.
 */
export function registerHandlers(register: Register, handlers: Handlers): void {
  for (const channel of channels) {
    register(channel, (request) => dispatch(channel, request, handlers));
  }
}

/**
 * What `ipcMain.handle` runs: a request from any frame that is not the app's own page (another origin in a
 * frame, a page the window was somehow navigated to) is refused before it is even parsed.
 */
export function fromAppFramesOnly(
  handle: Handle,
): (senderUrl: string | undefined, request: unknown) => Promise<Result<unknown>> {
  return async (senderUrl, request) =>
    isAppUrl(senderUrl) ? handle(request) : fail('invalid-request', 'Request refused: it did not come from the app.');
}

async function dispatch(channel: Channel, request: unknown, handlers: Handlers): Promise<Result<unknown>> {
  const parsed = requests[channel].safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid-request', issue?.message ?? `The request to ${channel} was not understood.`);
  }
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    console.error(`[ipc] ${channel} failed`, error);
    return fail('io', 'Something went wrong on our side. Your work in this window is kept; try again.');
  }
}
