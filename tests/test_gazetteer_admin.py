"""gazetteer.admin: P-codes of governorate, district and subdistrict names in any script, and back."""
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import admin

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("level, name, parent, pcode", [
    (1, "Hamah Governorate", None, "SY05"),
    ("governorate", "حماة", None, "SY05"),
    ("admin1", "Rif Dimashq", None, "SY03"),
    (1, "sy07", None, "SY07"),
    (2, "Jisr ash Shughur district", None, "SY0704"),
    ("district", "جسر الشغور", "SY07", "SY0704"),
    (3, "Ariha", None, "SY070500"),
    (3, "Suran", "SY0204", "SY020405"),  # two subdistricts are called Suran: the parent tells them apart
    (3, "Suran", "SY05", "SY050101"),
    ("subdistrict", "صوران", "SY0501", "SY050101"),
])
def test_names_give_their_pcode(level, name, parent, pcode):
    assert admin.pcode(level, name, parent) == pcode


def test_unknown_ambiguous_and_misplaced_names_give_none():
    assert admin.pcode(1, "Atlantis") is None
    assert admin.pcode(3, "Suran") is None  # one name, two subdistricts, no parent
    assert admin.pcode(2, "Jisr ash Shughur", parent="SY05") is None  # not in Hama
    assert admin.pcode(1, "SY0704") is None  # a district's code is not a governorate
    assert admin.pcode(1, "") is None and admin.pcode(1, None) is None
    with pytest.raises(ValueError):
        admin.pcode(4, "Hama")


def test_pcodes_give_ocha_names_and_units_nest():
    assert admin.name("SY05") == "Hama" and admin.name("sy070500") == "Ariha" and admin.name("SY99") is None
    units = admin.units()
    assert [sum(u.level == n for u in units) for n in (1, 2, 3)] == [14, 62, 272]
    codes = admin.by_pcode()
    assert all(u.parent in codes and u.pcode.startswith(u.parent) for u in units if u.level > 1)


def test_no_module_imports_core_to_look_up_an_admin_code():
    """The learned layer, the builder and the importer use gazetteer.admin, not a throw-away Gazetteer; and
    gazetteer.learned no longer imports gazetteer.core (the import cycle is gone)."""
    code = ("import sys, gazetteer.learned, gazetteer.admin, incidents.io.admin_names; "
            "print('gazetteer.core' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "False", done.stderr
    for path in ("gazetteer/learned.py", "gazetteer/build.py", "incidents/io/admin_names.py"):
        assert "Gazetteer(" not in (REPO / path).read_text(encoding="utf-8"), path
