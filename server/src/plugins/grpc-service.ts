// Adapts ts-proto's generated service definitions to grpc-js, and carries the contract's one
// error convention: an AppError serialized into the trailing metadata key `mm-app-error-bin`
// beside a gRPC status derived from its HTTP status code.
import * as grpc from '@grpc/grpc-js';
import { AppError } from '../app/errors.js';
import { AppError as AppErrorMessage } from '../../gen/plughost/v1/models.js';

export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromPartial(object: unknown): T;
}

export interface MethodDefinition {
  name: string;
  requestType: MessageType<any>;
  responseType: MessageType<any>;
  requestStream: boolean;
  responseStream: boolean;
}

export interface ServiceDefinition {
  fullName: string;
  methods: Record<string, MethodDefinition>;
}

type Req<M> = M extends { requestType: MessageType<infer T> } ? T : never;
type Res<M> = M extends { responseType: MessageType<infer T> } ? T : never;

/** Handlers keyed by the RPC's own name (GetUser, KVSet …), each given the request and `C`. */
export type UnaryHandlers<D extends ServiceDefinition, C> = {
  [K in keyof D['methods'] as D['methods'][K]['requestStream'] extends false ? D['methods'][K]['name'] : never]: (
    request: Req<D['methods'][K]>,
    context: C,
  ) => Promise<Res<D['methods'][K]>>;
};

/** A Buffer over the same memory: HTTP bodies pass through here in 64 KiB frames, copy-free. */
export const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The grpc-js form of a generated definition, keyed by RPC name. */
export function grpcServiceDefinition(def: ServiceDefinition): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const method of Object.values(def.methods)) {
    out[method.name] = {
      path: `/${def.fullName}/${method.name}`,
      requestStream: method.requestStream,
      responseStream: method.responseStream,
      // fromPartial fills defaults, so handlers may return models with fields left out.
      // A Buffer is a message already encoded (see encodedBodyChunk).
      requestSerialize: (m: unknown) => (Buffer.isBuffer(m) ? m : asBuffer(method.requestType.encode(method.requestType.fromPartial(m)).finish())),
      requestDeserialize: (b: Buffer) => method.requestType.decode(b),
      responseSerialize: (m: unknown) => asBuffer(method.responseType.encode(method.responseType.fromPartial(m)).finish()),
      responseDeserialize: (b: Buffer) => method.responseType.decode(b),
    };
  }
  return out;
}

export const appErrorMetadataKey = 'mm-app-error-bin';

const statusByHttp: Record<number, grpc.status> = {
  400: grpc.status.INVALID_ARGUMENT,
  401: grpc.status.UNAUTHENTICATED,
  403: grpc.status.PERMISSION_DENIED,
  404: grpc.status.NOT_FOUND,
  409: grpc.status.ALREADY_EXISTS,
  413: grpc.status.RESOURCE_EXHAUSTED,
  501: grpc.status.UNIMPLEMENTED,
  503: grpc.status.UNAVAILABLE,
  504: grpc.status.DEADLINE_EXCEEDED,
};

/** The AppError message of the contract, as unary calls carry it in trailing metadata and streams in their replies. */
export function appErrorMessage(err: AppError, requestId = ''): AppErrorMessage {
  return { id: err.id, message: err.message, detailed_error: err.detailedError, request_id: requestId, status_code: err.statusCode, where: err.where };
}

/** The gRPC error a server handler ends with for an AppError. */
export function grpcErrorFor(err: AppError, requestId = ''): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set(appErrorMetadataKey, Buffer.from(AppErrorMessage.encode(appErrorMessage(err, requestId)).finish()));
  return { code: statusByHttp[err.statusCode] ?? grpc.status.UNKNOWN, details: err.message, metadata };
}

/** The AppError a failed gRPC call carries, or one made from its status (a multiplexed call fails with one already). */
export function appErrorFromGrpc(err: grpc.ServiceError | AppError, where: string): AppError {
  if (err instanceof AppError) return err;
  const raw = err.metadata?.get(appErrorMetadataKey)[0];
  if (raw instanceof Buffer) {
    const e = AppErrorMessage.decode(raw);
    return new AppError(e.id, e.message, e.status_code || 500, e.detailed_error, e.where || where);
  }
  const httpStatus = err.code === grpc.status.DEADLINE_EXCEEDED ? 504 : err.code === grpc.status.UNAVAILABLE ? 503 : 500;
  return new AppError(`plugin.${where}.rpc_error`, err.details || err.message, httpStatus, grpc.status[err.code] ?? '', where);
}
