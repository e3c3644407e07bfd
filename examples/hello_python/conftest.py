"""Puts the plugin folder on sys.path (pytest adds a conftest's folder), so tests can
`from server.plugin import HelloPythonPlugin` as in the SDK guide."""
