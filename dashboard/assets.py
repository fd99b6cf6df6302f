"""Copy the npm-installed Leaflet assets into dashboard/static/vendor, which Streamlit serves itself."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_MODULES = ROOT / "node_modules"
VENDOR = Path(__file__).resolve().parent / "static" / "vendor"

# package folder in node_modules -> the sub-folder whose files the map needs
PACKAGES = {
    "leaflet": "dist",
    "leaflet.markercluster": "dist",
    "leaflet.heat": "dist",
    "leaflet-draw": "dist",
}


def install(node_modules: Path = NODE_MODULES, vendor: Path = VENDOR) -> list[Path]:
    """Copy each package's dist folder; fail clearly when `npm ci` has not run."""
    copied = []
    for package, sub in PACKAGES.items():
        src = node_modules / package / sub
        if not src.is_dir():
            raise SystemExit(f"assets: {src} is missing; run `npm ci` first (make setup does)")
        dest = vendor / package
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest)
        copied.append(dest)
    return copied


if __name__ == "__main__":
    for path in install():
        print(f"assets: {path.relative_to(ROOT)}", file=sys.stderr)
