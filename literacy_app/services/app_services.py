"""Everything the window needs from the core, built in one place (no Qt): the settings, the learner's
session, the teacher's service, the LRS delivery, the log and the page cache.

ui/app.py builds these and hands them to the main window's constructor; nothing is attached to a
widget from outside afterwards.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.config import Settings, resolve_settings
from literacy_app.content.library import Library, load_library, user_lessons_dir
from literacy_app.content.page_cache import PageCache
from literacy_app.logs import setup_logging
from literacy_app.services.session import Session
from literacy_app.store.db import Database, open_database
from literacy_app.store.records import AnswerRecord, Records

if TYPE_CHECKING:  # built when first used: none of these is needed for the learner's first lesson
    from literacy_app.learning.xapi import StatementBuilder
    from literacy_app.services.class_folder import ClassFolder
    from literacy_app.services.learner import LearnerService
    from literacy_app.services.privacy import PrivacyService
    from literacy_app.services.sign_in import SignInService
    from literacy_app.services.teacher import TeacherService
    from literacy_app.store.lrs_sender import LrsDelivery


class AppServices:
    """The settings, the database, the learner's session and the page cache are made at once; the other
    services when first asked for, so the first lesson is on screen before their modules are loaded."""

    def __init__(self, settings: Settings, db: Database, session: Session, page_cache: PageCache,
                 startup_notice: str = "", class_folder: ClassFolder | None = None) -> None:
        self.settings = settings
        self.db = db
        self.session = session
        self.page_cache = page_cache
        self.startup_notice = startup_notice  # a plain-words message for the learner about the data folder, or ""
        self.class_folder = class_folder  # the class's shared folder, when the PC belongs to one
        self.log_path: Path | None = setup_logging(settings.data_dir)  # the file is made with the first message

    @property
    def library(self) -> Library:
        return self.session.library

    def lrs_endpoint_set(self) -> bool:
        """An LRS endpoint in the settings file or saved by the teacher: without one, delivery is not even loaded
        (a command-line endpoint is a command's own business)."""
        from literacy_app.store.outbox import Outbox

        return bool(self.settings.lrs_endpoint or Outbox(self.db).saved_connection().get("endpoint"))

    def stop_delivery(self) -> None:
        """At quit: stop the LRS sender if one was made (the teacher may have set an endpoint after start-up)."""
        if "lrs" in self.__dict__:  # a cached_property, made on first use
            self.lrs.stop()

    @cached_property
    def lrs(self) -> LrsDelivery:
        """xAPI delivery to the district's LRS; started by the GUI when an endpoint is set."""
        from literacy_app.store.lrs_sender import LrsDelivery

        settings = self.settings
        return LrsDelivery(self.db, settings.lrs_endpoint, settings.lrs_user, settings.lrs_password)

    @cached_property
    def sign_in(self) -> SignInService:
        """How learners prove who they are ([learners] sign_in)."""
        from literacy_app.services.sign_in import SignInService

        return SignInService(self.session, self.settings.sign_in)

    @cached_property
    def privacy(self) -> PrivacyService:
        """One learner's data: export, erase, retention."""
        return open_privacy(self.settings, self.db, self.class_folder, self.session, self.sign_in)

    @cached_property
    def teacher(self) -> TeacherService:
        from literacy_app.services.teacher import TeacherService

        return TeacherService(self.db, self.library, self.settings.teacher_pin_hash, self.lrs,
                              class_folder=self.class_folder, privacy=self.privacy)

    @cached_property
    def learner(self) -> LearnerService:
        """My progress, the review of mistakes and certificates, for the session's learner."""
        from literacy_app.services.learner import LearnerService

        return LearnerService(self.session, self.settings.school_name, self.settings.data_dir / "certificates")

    @property
    def installed_lessons_dir(self) -> Path:
        """Where installed lesson packs go."""
        return user_lessons_dir(self.settings.data_dir)

    def reload_library(self) -> Library:
        """Read the lesson folders again (after a lesson pack was installed); every service sees the new one."""
        library = load_library(self.settings.lesson_dirs, cache_dir=self.settings.data_dir)
        self.session.library = library
        if "teacher" in self.__dict__:  # a teacher service already made
            self.teacher.library = library
        return library


def build_services(data_dir: str | None = None, lesson_dirs: list[str] | None = None,
                   save_index_now: bool = True, class_folder: str | None = None, pc: str | None = None) -> AppServices:
    """Open the data folder and the library. With save_index_now=False the lesson index cache is written
    later (`library.save_index()`), e.g. once the window has been painted."""
    settings = resolve_settings(data_dir, lesson_dirs or [], class_folder=class_folder, pc=pc)
    db, notice = open_database(settings.data_dir)
    settings.lesson_dirs.append(user_lessons_dir(settings.data_dir))  # installed lesson packs
    library = load_library(settings.lesson_dirs, cache_dir=settings.data_dir, save_cache=save_index_now)
    session = Session(Records(db), library, lambda: statement_builder(settings))
    folder = open_class_folder(settings, db)
    session.class_folder = folder
    services = AppServices(settings, db, session, PageCache(settings.data_dir), notice, folder)
    if folder is not None:  # a learner erased on another PC: this PC voids the statements it sent about them
        folder.voiding = lambda statement_id: services.privacy.voiding(statement_id)
    return services


def statement_builder(settings: Settings) -> StatementBuilder:
    """The xAPI statements as this school names them."""
    from literacy_app.learning.xapi import StatementBuilder

    return StatementBuilder(settings.school_uri, settings.xapi_activity_base)


def open_privacy(settings: Settings, db: Database, folder: ClassFolder | None, session: Session | None = None,
                 sign_in: SignInService | None = None) -> PrivacyService:
    """The privacy service for this data folder (the window's, or a command's)."""
    from literacy_app.services.privacy import PrivacyService
    from literacy_app.store.lrs_sender import resolve_connection
    from literacy_app.store.outbox import Outbox

    def lrs_configured() -> bool:
        return resolve_connection(settings.lrs_endpoint, settings.lrs_user, settings.lrs_password,
                                  Outbox(db)) is not None

    return PrivacyService(db, sign_in, folder, statement_builder(settings),
                          lrs_configured, session, settings.keep_months)


def open_class_folder(settings: Settings, db: Database) -> ClassFolder | None:
    """The class folder the settings name (from --class-folder or [class] folder), or None."""
    if settings.class_folder is None:
        return None
    from literacy_app.services.class_folder import ClassFolder

    return ClassFolder(settings.class_folder, settings.pc_id, db, settings.data_dir, settings.publish_reflections,
                       settings.stale_hours)


def answers_on_disk(data_dir: Path, profile_id: int, lesson_id: str, block_id: str,
                    question_id: str) -> list[AnswerRecord]:
    """A question's stored answers, read through a second connection: what really is on disk (selftest)."""
    db, _ = open_database(data_dir)
    try:
        records = Records(db)
        return [answer for attempt in records.attempts(profile_id, lesson_id) if attempt.block_id == block_id
                for answer in records.answers(attempt.id) if answer.question_id == question_id]
    finally:
        db.close()
