"""The services the app assembles at start: those the first lesson does not need are made when first asked
for, and still answer for the PC from its very start (a class folder voids with the school's settings)."""

from __future__ import annotations

from pathlib import Path

from literacy_app.services.app_services import build_services


def test_the_class_folder_voids_sent_statements_before_anything_opened_the_privacy_service(tmp_path: Path) -> None:
    services = build_services(str(tmp_path / "data"), [], class_folder=str(tmp_path / "class"), pc="pc-a")
    services.settings.school_uri = "https://school.example/"
    try:
        folder = services.class_folder
        assert folder is not None and folder.voiding is not None
        assert "privacy" not in services.__dict__  # nothing made it yet: the folder asks for it
        assert folder.voiding("3f2b6c1e-0000-4000-8000-000000000001") is None  # no LRS set: nothing to void
        services.settings.lrs_endpoint = "http://127.0.0.1:9/xapi/"
        statement = folder.voiding("3f2b6c1e-0000-4000-8000-000000000001")
        assert statement is not None and statement["verb"]["id"].endswith("/voided")
        assert statement["object"] == {"objectType": "StatementRef", "id": "3f2b6c1e-0000-4000-8000-000000000001"}
        assert statement["actor"]["account"]["homePage"] == "https://school.example/"
    finally:
        services.db.close()


def test_a_pc_without_a_class_makes_the_teachers_services_once_when_first_asked_for(tmp_path: Path) -> None:
    services = build_services(str(tmp_path / "data"), [])
    try:
        assert services.class_folder is None
        assert {"teacher", "privacy", "sign_in", "lrs"}.isdisjoint(services.__dict__)
        assert services.teacher.privacy is services.privacy  # made on first use, and made once
        assert services.privacy.sign_in is services.sign_in
    finally:
        services.db.close()


def test_lrs_delivery_is_made_only_where_an_endpoint_is_set(tmp_path: Path) -> None:
    from literacy_app.store.outbox import Outbox

    services = build_services(str(tmp_path / "data"), [])
    try:
        assert not services.lrs_endpoint_set()
        services.stop_delivery()  # at quit, with nothing made: nothing to stop, and nothing made for it
        assert "lrs" not in services.__dict__
        Outbox(services.db).save_connection("http://127.0.0.1:9/xapi/", "school", "secret")  # the teacher's
        assert services.lrs_endpoint_set()
        services.lrs.start()
        assert services.lrs.sender is not None and services.lrs.sender.is_alive()
        services.stop_delivery()
        assert services.lrs.sender is None
    finally:
        services.db.close()

    from_file = build_services(str(tmp_path / "data2"), [])
    try:
        from_file.settings.lrs_endpoint = "http://127.0.0.1:9/xapi/"  # [lrs] endpoint in literacy-app.ini
        assert from_file.lrs_endpoint_set()
    finally:
        from_file.db.close()
