"""The page's title on one line on a wide screen: at 1920 px "Skills Mobility Partnerships:
from policy to practice" wrapped, the language links floated beside it taking a third of
its line. The links now sit above it; on a phone the title wraps in balanced lines, its
words whole, inside the window."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from export_helpers import EVENT, entry_for, jpeg_bytes

from smparchive.core.export.webpage import PageItem, build_page

CHROMIUM = Path("/usr/bin/chromium")
TITLE = "Skills Mobility Partnerships: from policy to practice"
# the title's lines (its height over its line height) and whether it spills out sideways
PROBE = """<script>window.addEventListener('load',()=>{const h=document.querySelector('h1');
const s=getComputedStyle(h);const r=h.getBoundingClientRect();
const p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify({
lines:Math.round(r.height/parseFloat(s.lineHeight)),
spills:h.scrollWidth>h.clientWidth||r.right>document.documentElement.clientWidth,
langs_above:document.querySelector('nav.langs').getBoundingClientRect().bottom<=r.top+1});
document.body.appendChild(p);});</script>"""


def _measured(page: Path, width: int) -> dict[str, object]:
    done = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--force-device-scale-factor=1",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--window-size={width},900",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert 'id="probe">' in done.stdout, done.stderr[-2000:]
    found: dict[str, object] = json.loads(
        done.stdout.split('id="probe">', 1)[1].split("<", 1)[0].replace("&quot;", '"')
    )
    return found


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium not installed")
def test_a_normal_title_fits_one_line_wide_and_wraps_inside_a_phone(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg_bytes())
    entry = entry_for(photo, "1", caption={"en": "Opening"}, alt_text={"en": "A lectern"})
    event = replace(EVENT, title=TITLE)
    files = build_page(event, [PageItem(entry, "a.jpg", 10)], "en", languages=["fr", "nl"])
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    page = tmp_path / "index.html"
    page.write_text(page.read_text("utf-8").replace("</body>", PROBE + "</body>"), "utf-8")
    wide = _measured(page, 1920)
    assert wide == {"lines": 1, "spills": False, "langs_above": True}
    narrow = _measured(page, 390)
    assert narrow["spills"] is False and 2 <= int(str(narrow["lines"])) <= 4, narrow
