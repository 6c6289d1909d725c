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
