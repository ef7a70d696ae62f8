import { errorFromBody, networkError } from './api-error';
import { createSubstringCounter } from '../lib/substring-counter';

export interface DownloadProgress {
  /** Bytes of the (decoded) body received so far. */
  bytes: number;
  /** Rows received so far, counted by their key as the JSON streams in. */
  rows: number;
  /** The body's length when the server sent it uncompressed; undefined otherwise. */
  totalBytes: number | undefined;
}

export interface DownloadOptions {
  signal: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
}

interface StreamCall {
  data?: ReadableStream<Uint8Array> | null;
  error?: unknown;
  response: Response;
}

function bodyLength(response: Response): number | undefined {
  // With a content encoding the header counts compressed bytes, not what the reader yields.
  if (response.headers.get('content-encoding')) return undefined;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : undefined;
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'stream'` and reads its JSON body while reporting
 * progress (an `all=yes` list can be tens of megabytes). Errors are ApiErrors, as with `unwrap`;
 * an abort rethrows the AbortError.
 */
export async function readJsonWithProgress(
  call: Promise<StreamCall>,
  rowKey: string,
  { signal, onProgress }: DownloadOptions,
): Promise<unknown> {
  let result: StreamCall;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  const { response } = result;
  if (!response.ok || !result.data) throw errorFromBody(response.status, result.error);

  const totalBytes = bodyLength(response);
  const counter = createSubstringCounter(`"${rowKey}"`);
  const decoder = new TextDecoder();
  const reader = result.data.getReader();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      parts.push(text);
      onProgress({ bytes, rows: counter.push(text), totalBytes });
    }
  } catch (cause) {
    void reader.cancel().catch(() => undefined);
    if (signal.aborted || (cause instanceof DOMException && cause.name === 'AbortError'))
      throw cause;
    throw networkError(cause);
  }
  parts.push(decoder.decode());
  try {
    return JSON.parse(parts.join(''));
  } catch {
    throw errorFromBody(response.status === 200 ? 502 : response.status, {
      code: 'INVALID_RESPONSE',
      message: 'The server sent a list that could not be read.',
    });
  }
}
