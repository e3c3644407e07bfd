"""Implementation details of mattermost_plugin; nothing here is public API."""
