// The Plugin API methods plughost does not implement. Each answers 501 with an AppError
// naming the method, so a plugin sees at once what is missing (docs/python-plugins.md lists
// them). A method leaves this list when a handler module implements it; the compiler and
// api/index.test.ts keep the two sides exact.
import { AppError } from '../../app/errors.js';
import type { MethodName } from './types.js';

export const notImplementedMethods = [
  'RequestTrialLicense',
  'UpdateUserAuth',
  'GetLDAPUserAttributes',
  'GetChannelOfType',
  'RegisterChannelGuard',
  'UnregisterChannelGuard',
  'AddChannelsToRetentionPolicy',
  'RemoveChannelsFromRetentionPolicy',
  'MoveThreadsToBackingChannel',
  'SendPushNotification',
  'RegisterPluginForSharedChannels',
  'UnregisterPluginForSharedChannels',
  'UnregisterPluginRemoteForSharedChannels',
  'ShareChannel',
  'UpdateSharedChannel',
  'UnshareChannel',
  'UpdateSharedChannelCursor',
  'SyncSharedChannel',
  'InviteRemoteToChannel',
  'UninviteRemoteFromChannel',
  'ReceiveSharedChannelSyncMsg',
  'ReceiveSharedChannelAttachmentSyncMsg',
  'ReceiveSharedChannelProfileImageSyncMsg',
  'EvaluateAccessControl',
  'SaveAccessControlPolicy',
  'GetAccessControlPolicy',
  'DeleteAccessControlPolicy',
  'CheckAccessControlExpression',
  'QueryUsersForAccessControlExpression',
  'GetAccessControlFieldsAutocomplete',
  'GetAccessControlVisualAST',
] as const satisfies readonly MethodName[];

export type NotImplementedMethod = (typeof notImplementedMethods)[number];

export function notImplementedError(method: string): AppError {
  return new AppError(
    'plugin_api.not_implemented',
    `The Plugin API method ${method} is not implemented by plughost.`,
    501,
    '',
    method,
  );
}
