"""Where the archive lives and where the bundled sample corpus is."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

ENV_VAR = "KUTIP_INDEX"


def default_location() -> Path:
    """``$KUTIP_INDEX`` when set, else the platform's per-user data dir."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("kutip")) / "index"


def sample_corpus_path() -> Path:
    """The bundled sample articles, as a real directory on disk."""
    return Path(str(resources.files("kutip.index") / "sample"))
