"""`python -m dashboard.export` over a real SQLite store, and tiles from a local tile server."""
from __future__ import annotations

import http.server
import io
import threading

import numpy as np
import pypdf
import pytest
from PIL import Image

from briefing_data import incidents
from dashboard.export import render_map
from dashboard.export.cli import main
from dashboard.export.layers import Basemap
from incidents.record import Incident
from incidents.store import Store

TILE_RGB = (10, 200, 30)


@pytest.fixture()
def store_url(tmp_path, monkeypatch):
    """A SQLite store holding the synthetic incidents; no OCHA_DIR or TILES_URL from the caller's environment."""
    for name in ("OCHA_DIR", "TILES_URL", "INCIDENTS_DB"):
        monkeypatch.delenv(name, raising=False)
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    frame = incidents(120)
    Store(url).add(
        Incident(event_date=row.event_date.date(), event_type=row.event_type, sub_event_type=row.sub_event_type,
                 admin1=row.admin1, location_en=row.location_en, location_ar=row.location_ar,
                 latitude=float(row.latitude), longitude=float(row.longitude), killed=int(row.killed),
                 wounded=int(row.wounded), source=row.source, dataset="sample", source_id=str(i))
        for i, row in enumerate(frame.itertuples())
    )
    return url


def test_cli_writes_a_print_png_of_the_filtered_store(store_url, tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["--db", store_url, "--format", "png", "--paper", "a4", "--dpi", "100", "--orientation", "portrait",
                 "--event-type", "Battles", "--title", "Battles", "-o", str(out)]) == 0
    assert Image.open(out).size == (827, 1169)
    battles = sum(1 for kind in incidents(120)["event_type"] if kind == "Battles")
    assert f"{battles:,} incidents" in capsys.readouterr().err


def test_cli_brief_pdf_names_the_filters(store_url, tmp_path):
    out = tmp_path / "brief.pdf"
    assert main(["--db", store_url, "--brief", "--admin1", "Hama", "--min-killed", "3", "--banner", "TRAINING",
                 "-o", str(out)]) == 0
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Hama · ≥ 3 killed" in text and "TRAINING" in text and "Largest incidents" in text


def test_cli_rejects_a_bad_box(store_url, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["--db", store_url, "--bbox", "40,30,36,37", "-o", str(tmp_path / "x.png")])
    assert "W < E" in capsys.readouterr().err


class _Tiles(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        buffer = io.BytesIO()
        Image.new("RGB", (256, 256), TILE_RGB).save(buffer, format="PNG")
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(buffer.getvalue())

    def log_message(self, *args):
        pass


@pytest.fixture()
def tile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    server.shutdown()


def _tile_share(png: bytes) -> float:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).reshape(-1, 3)
    return float((np.abs(pixels.astype(int) - TILE_RGB).sum(axis=1) < 10).mean())


def test_tiles_are_drawn_when_the_server_answers_and_skipped_when_not(tile_server):
    frame = incidents(50)
    tiled = render_map(frame, dpi=40, basemap=Basemap(tiles_url=tile_server, tiles_attribution="Local tiles"))
    plain = render_map(frame, dpi=40, basemap=Basemap(tiles_url="http://127.0.0.1:9/{z}/{x}/{y}.png"))
    assert _tile_share(tiled) > 0.2  # the sea and the neighbours now show the tiles
    assert _tile_share(plain) == 0
