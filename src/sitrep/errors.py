"""One small exception hierarchy; the CLI turns each into a one-line message."""


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class ConfigError(SitrepError):
    """A setting has a value sitrep cannot use."""


class ResourceError(SitrepError):
    """A model, data file or cache is missing; the message says how to get it."""


class InputError(SitrepError):
    """An input file or record cannot be read."""


class StorageError(SitrepError):
    """The database cannot be opened, migrated or written."""
