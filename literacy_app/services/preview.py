"""A session for previews (author mode): answers are scored and shown, then thrown away with its folder."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from literacy_app.content.library import Library
from literacy_app.services.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.records import Records


class PreviewSession(Session):
    """A Session on a scratch database in a temporary folder, never on a learner's results."""

    def __init__(self, library: Library | None = None, learner: str = "Preview") -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="literacy-preview-"))
        self._db, _notice = open_database(self._folder)
        super().__init__(Records(self._db), library or Library())
        self.choose_profile(self.profile_named(learner))

    def discard(self) -> None:
        """Close the scratch database and delete its folder."""
        self._db.close()
        shutil.rmtree(self._folder, ignore_errors=True)
