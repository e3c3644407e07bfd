from mattermost_plugin._internal.gen.plughost.v1 import api_plugins_pb2 as _api_plugins_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_system_pb2 as _api_system_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_commands_pb2 as _api_commands_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_users_pb2 as _api_users_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_teams_pb2 as _api_teams_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_channels_pb2 as _api_channels_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_posts_pb2 as _api_posts_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_files_pb2 as _api_files_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_kv_pb2 as _api_kv_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_integrations_pb2 as _api_integrations_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_bots_pb2 as _api_bots_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_shared_channels_pb2 as _api_shared_channels_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_groups_pb2 as _api_groups_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_properties_pb2 as _api_properties_pb2
from mattermost_plugin._internal.gen.plughost.v1 import api_access_control_pb2 as _api_access_control_pb2
from mattermost_plugin._internal.gen.plughost.v1 import transport_pb2 as _transport_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
