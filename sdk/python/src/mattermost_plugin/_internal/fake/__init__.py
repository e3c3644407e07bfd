"""The in-memory Plugin API server behind :mod:`mattermost_plugin.testing` (see ``server.py``)."""
