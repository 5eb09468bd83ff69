"""One rooted exception tree.

Every error a user can cause is a VHostError whose message is one clear sentence saying what
is wrong and how to fix it; the CLI prints that sentence and exits 2. Third-party exceptions
are mapped at the boundary with ``raise XError(...) from exc`` so no traceback reaches a user.
The sentence is a vhost.messages.Message, so the app shows it in its own language.
"""

from vhost.messages import QT_TRANSLATE_NOOP

# A sentence several modules say (one template, translated once).
REINSTALL = QT_TRANSLATE_NOOP(
    "vhost", "{package} is not installed; reinstall vhost with `bash scripts/setup.sh`."
)


class VHostError(Exception):
    """Base of every error vhost raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(VHostError):
    """The settings file or an environment override is wrong."""


class CatalogError(VHostError):
    """A catalog file cannot be read at all (bad rows are reported, not raised)."""


class ScriptError(VHostError):
    """A script cannot be written (e.g. no product matches the request)."""


class ComplianceRulesError(VHostError):
    """The editable compliance rules file is malformed."""


class StoreError(VHostError):
    """The SQLite store cannot be opened, migrated or written."""


class BackendError(VHostError):
    """A voice, face, output or chat backend is missing or failed."""


class AvatarError(VHostError):
    """A photo or avatar folder cannot be used."""


class ChatError(VHostError):
    """A chat source or file that cannot be used (bad replay file, unknown source, bad port)."""


class ModelError(VHostError):
    """A model file is missing, damaged, or cannot be fetched."""
