"""The web app: factory, settings, URLs, errors, one module per page family, the JSON API, the server."""
