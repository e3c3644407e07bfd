// The multiplexed transport (proto/plughost/v1/transport.proto): the unary RPCs of a service
// carried on one long-lived bidirectional stream, calls matched by id. Opening an HTTP/2
// stream per call is most of what a small call costs on either side; a message on an open
// stream is a fraction of it. Both ends are here: serving a service's unary methods on a
// stream (the Plugin API), and calling them over one (the server calling a plugin's hooks).
import * as grpc from '@grpc/grpc-js';
import { AppError, asAppError } from '../app/errors.js';
import { MultiplexCall, MultiplexReply } from '../../gen/plughost/v1/transport.js';
import { appErrorMessage, asBuffer } from './grpc-service.js';

/** The name of the stream RPC in PluginAPI and PluginHooks. */
export const multiplexMethod = 'Multiplex';

/**
 * Calls bigger than this go as unary RPCs, and responses bigger than this go in parts: on the
 * one stream a big message would hold up every call behind it.
 */
export const maxMultiplexedBytes = 1024 * 1024;

/** Runs one call: the method's RPC name and its serialized request, answered with the serialized response. */
export type RunCall = (method: string, request: Uint8Array) => Promise<Uint8Array>;

/** A call naming an RPC the stream does not carry. */
export const unknownMethod = (method: string) =>
  new AppError('plugin.multiplex.unknown_method', `The stream carries no RPC named "${method}".`, 501);

/** Serves a Multiplex stream: each call runs as it arrives, its reply written when it is done. */
export function serveMultiplex(stream: grpc.ServerDuplexStream<MultiplexCall, Partial<MultiplexReply>>, run: RunCall): void {
  stream.sendMetadata(new grpc.Metadata()); // the response headers tell the caller the stream is served
  let inFlight = 0;
  let ended = false;
  const reply = (message: Partial<MultiplexReply>) => {
    if (!stream.cancelled) {
      const response = message.response;
      if (response && response.length > maxMultiplexedBytes) {
        for (let offset = 0; offset < response.length; offset += maxMultiplexedBytes) {
          const end = offset + maxMultiplexedBytes;
          stream.write({ id: message.id, response: response.subarray(offset, end), more: end < response.length });
        }
      } else stream.write(message);
    }
    if (--inFlight === 0 && ended) stream.end();
  };
  stream.on('data', (call: MultiplexCall) => {
    inFlight++;
    run(call.method, call.request).then(
      (response) => reply({ id: call.id, response: asBuffer(response) }),
      (err) => reply({ id: call.id, error: appErrorMessage(asAppError(err)) }),
    );
  });
  // The caller is done sending: answer what is in flight, then close.
  stream.on('end', () => {
    ended = true;
    if (inFlight === 0) stream.end();
  });
  stream.on('error', () => undefined); // the caller went away; nothing is left to answer
}

interface Pending {
  method: string;
  /** The response's parts so far, when it comes in parts. */
  parts: Buffer[];
  resolve: (response: Uint8Array) => void;
  reject: (err: AppError) => void;
  timer: NodeJS.Timeout;
}

/** The calling end: one stream to a peer, each call with its own deadline. */
export class MultiplexClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private open = true;

  private constructor(private readonly stream: grpc.ClientDuplexStream<Partial<MultiplexCall>, MultiplexReply>) {
    stream.on('data', (reply: MultiplexReply) => {
      const call = this.pending.get(reply.id);
      if (!call) return; // its deadline passed; the late answer has no one to go to
      if (reply.more) {
        call.parts.push(reply.response);
        return;
      }
      this.settle(reply.id, call);
      if (reply.error) call.reject(new AppError(reply.error.id, reply.error.message, reply.error.status_code || 500, reply.error.detailed_error, reply.error.where || call.method));
      else call.resolve(call.parts.length ? Buffer.concat([...call.parts, reply.response]) : reply.response);
    });
    const closed = (reason: string) => {
      this.open = false;
      for (const [id, call] of this.pending) {
        this.settle(id, call);
        call.reject(new AppError(`plugin.${call.method}.rpc_error`, `the stream closed: ${reason}`, 503, 'UNAVAILABLE', call.method));
      }
    };
    stream.on('error', (err: grpc.ServiceError) => closed(err.details || err.message));
    stream.on('end', () => closed('ended by the peer'));
  }

  /**
   * Opens the stream at `path` and waits until the peer accepts it (its response headers) or
   * `deadline` passes; undefined when the peer does not serve it (an older or another SDK),
   * so the caller keeps to unary RPCs.
   */
  static connect(client: grpc.Client, path: string, metadata: grpc.Metadata, deadline: number): Promise<MultiplexClient | undefined> {
    const serialize = (m: Partial<MultiplexCall>) => Buffer.from(MultiplexCall.encode(MultiplexCall.fromPartial(m)).finish());
    const stream = client.makeBidiStreamRequest(path, serialize, (b: Buffer) => MultiplexReply.decode(b), metadata, {});
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), Math.max(0, deadline - Date.now()));
      const done = (result: MultiplexClient | undefined) => {
        clearTimeout(timer);
        stream.removeListener('metadata', accepted);
        stream.removeListener('error', refused);
        if (!result) stream.cancel();
        resolve(result);
      };
      const accepted = () => done(new MultiplexClient(stream));
      const refused = () => done(undefined);
      stream.once('metadata', accepted);
      stream.once('error', refused);
    });
  }

  get usable(): boolean {
    return this.open;
  }

  /** One call; rejects with an AppError: the peer's, 504 past the deadline, 503 if the stream closed. */
  call(method: string, request: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        const call = this.pending.get(id);
        if (!call) return;
        this.pending.delete(id);
        reject(new AppError(`plugin.${method}.rpc_error`, `Deadline exceeded after ${timeoutMs} ms`, 504, 'DEADLINE_EXCEEDED', method));
      }, timeoutMs);
      this.pending.set(id, { method, parts: [], resolve, reject, timer });
      this.stream.write({ id, method, request: asBuffer(request) });
    });
  }

  close(): void {
    this.open = false;
    this.stream.end();
  }

  private settle(id: number, call: Pending): void {
    clearTimeout(call.timer);
    this.pending.delete(id);
  }
}
