"""Author mode's menus and toolbar: File (lessons, folders, Moodle, packs), Edit (undo, find), Insert (forms
and templates), Preview (as learner, as teacher), Course (check every lesson)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from literacy_app.content.starter_lesson import block_templates, question_templates


class AuthorMenus(QObject):
    """The catalogues' context for the words of author mode's menus: each is written AuthorMenus.tr(...)."""


# the Insert > Templates labels come from the block types; tests/ui/test_translations.py checks the list
TEMPLATE_LABELS = (
    QT_TRANSLATE_NOOP("AuthorMenus", "Feed"), QT_TRANSLATE_NOOP("AuthorMenus", "Quiz"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Reflection"), QT_TRANSLATE_NOOP("AuthorMenus", "Scenario"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Teacher notes"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: single choice"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: multiple answers"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: true or false"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: short text"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: put in order"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: matching"),
    QT_TRANSLATE_NOOP("AuthorMenus", "Question: a number"),
)


def _action(window: Any, text: str, slot: Callable[[], object], shortcut: object = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: Any) -> None:
    file_menu = window.menuBar().addMenu(AuthorMenus.tr("&File"))
    window.new_action = _action(window, AuthorMenus.tr("&New lesson…"), window.new_lesson,
                                QKeySequence.StandardKey.New,
                                AuthorMenus.tr("Start a lesson from a starter that shows every kind of activity"))
    window.open_action = _action(window, AuthorMenus.tr("&Open lesson…"), window.choose_file,
                                 QKeySequence.StandardKey.Open)
    window.folder_action = _action(window, AuthorMenus.tr("Open course &folder…"), window.choose_folder,
                                   tip=AuthorMenus.tr("Open a folder of lessons and list them"))
    window.save_action = _action(window, AuthorMenus.tr("&Save"), window.save, QKeySequence.StandardKey.Save)
    window.save_as_action = _action(window, AuthorMenus.tr("Save &as…"), window.save_as,
                                    QKeySequence.StandardKey.SaveAs)
    for action in (window.new_action, window.open_action, window.folder_action, window.save_action,
                   window.save_as_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    workshop = window.workshop
    for action in (workshop.import_gift_action, workshop.import_xml_action, workshop.export_gift_action,
                   workshop.export_xml_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(workshop.pack_action)
    file_menu.addAction(workshop.install_action)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, AuthorMenus.tr("&Close author mode"), window.close,
                                QKeySequence.StandardKey.Close))

    edit_menu = window.menuBar().addMenu(AuthorMenus.tr("&Edit"))
    editor = window.editor
    window.undo_action = _action(window, AuthorMenus.tr("&Undo"), editor.undo, QKeySequence.StandardKey.Undo)
    window.redo_action = _action(window, AuthorMenus.tr("&Redo"), editor.redo, QKeySequence.StandardKey.Redo)
    window.undo_action.setEnabled(False)
    window.redo_action.setEnabled(False)
    editor.undoAvailable.connect(window.undo_action.setEnabled)
    editor.redoAvailable.connect(window.redo_action.setEnabled)
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.find_action = _action(window, AuthorMenus.tr("&Find…"), lambda: window.find_bar.open_find(False),
                                 QKeySequence.StandardKey.Find)
    window.replace_action = _action(window, AuthorMenus.tr("Find and &replace…"),
                                    lambda: window.find_bar.open_find(True), QKeySequence("Ctrl+H"))
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.replace_action)

    insert_menu = window.menuBar().addMenu(AuthorMenus.tr("&Insert"))
    window.insert_menu = insert_menu
    inserter = window.inserter
    forms = (("picture", AuthorMenus.tr("&Picture…"), inserter.picture,
              AuthorMenus.tr("Copy a picture into the lesson and show it here")),
             ("question", AuthorMenus.tr("Quiz &question…"), inserter.question,
              AuthorMenus.tr("A question of any type, from a form")),
             ("node", AuthorMenus.tr("Scenario &node…"), inserter.scenario_node,
              AuthorMenus.tr("A moment of a branching story")),
             ("choice", AuthorMenus.tr("Scenario &choice…"), inserter.scenario_choice,
              AuthorMenus.tr("A choice for the node at the cursor")),
             ("post", AuthorMenus.tr("Feed p&ost…"), inserter.feed_post,
              AuthorMenus.tr("A made-up social post, with its cues")),
             ("reflection", AuthorMenus.tr("&Reflection…"), inserter.reflection,
              AuthorMenus.tr("A question learners answer in writing")),
             ("teacher", AuthorMenus.tr("&Teacher note…"), inserter.teacher_note,
              AuthorMenus.tr("Notes only teachers see")))
    window.form_actions = {}
    for key, text, slot, tip in forms:
        window.form_actions[key] = _action(window, text, slot, tip=tip)
        insert_menu.addAction(window.form_actions[key])
    templates = insert_menu.addMenu(AuthorMenus.tr("&Templates"))
    window.insert_actions = {}
    for group in (block_templates(), question_templates()):
        for item in group:
            label = AuthorMenus.tr(item.label)  # one of TEMPLATE_LABELS
            action = _action(window, label, lambda t=item.text: editor.insert_block(t),
                             tip=AuthorMenus.tr("Insert a {0} template at the cursor").format(label))
            templates.addAction(action)
            window.insert_actions[item.key] = action
        templates.addSeparator()

    preview_menu = window.menuBar().addMenu(AuthorMenus.tr("&Preview"))
    group = QActionGroup(window)
    window.as_learner_action = _action(window, AuthorMenus.tr("As a &learner"),
                                       lambda: window.preview_pane.set_teacher(False))
    window.as_teacher_action = _action(window, AuthorMenus.tr("As the &teacher (with teacher notes)"),
                                       lambda: window.preview_pane.set_teacher(True))
    for action in (window.as_learner_action, window.as_teacher_action):
        action.setCheckable(True)
        group.addAction(action)
        preview_menu.addAction(action)
    window.as_learner_action.setChecked(True)
    window.preview_pane.audienceChanged.connect(
        lambda teacher: (window.as_teacher_action if teacher else window.as_learner_action).setChecked(True))
    window.check_folder_action = _action(
        window, AuthorMenus.tr("&Check every lesson of the folder"), window.check_folder,
        tip=AuthorMenus.tr("Check every lesson of the course folder, and that no two share an id"))
    preview_menu.addSeparator()
    preview_menu.addAction(window.check_folder_action)

    toolbar = QToolBar(AuthorMenus.tr("Author"))
    toolbar.setObjectName("authorToolbar")
    toolbar.setMovable(False)
    for action in (window.new_action, window.open_action, window.save_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for key in ("picture", "question", "post", "node"):
        toolbar.addAction(window.form_actions[key])
    window.addToolBar(toolbar)
    window.toolbar = toolbar
