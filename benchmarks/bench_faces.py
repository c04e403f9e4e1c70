"""Faces: detection speed on 12 MP photos against the thumbnail stage, clustering accuracy.

Usage: python benchmarks/bench_faces.py [N] [--workers 2]

Makes N 12 MP JPEGs (4000x3000, Q92), each one of the licensed face photos of
tests/corpus/faces scaled onto a noisy camera-like frame, catalogues them (scan), makes
their thumbnails and previews (the thumbnail stage) and then searches them for faces, all in
the same run with the same worker processes count; prints seconds per photo for both stages
and their ratio (target: faces add at most 50 % to the thumbnail stage, issue 18), and
faces/s.

Then clusters the faces of the 13 corpus photos (labelled by their file names) and prints
pairwise precision and recall of the "unknown person" groups over the faces whose person is
known (single-person photos), plus the suggestion accuracy after naming one face per person.
Between the two, the face search's CPU split into decode, HOG, shape and embedding, with
whether the installed dlib uses BLAS (benchmarks/README.md, "Routes to the 0.5x target").
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import tempfile
import time
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
FACES = REPO / "tests" / "corpus" / "faces"
SIZE = (4000, 3000)


def make_photos(folder: Path, n: int) -> None:
    """N 12 MP camera-like frames, each showing one corpus photo large in its middle."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(FACES.glob("*.jpg"))
    noise = Image.effect_noise(SIZE, 25).convert("RGB")
    for i in range(n):
        src = Image.open(sources[i % len(sources)]).convert("RGB")
        scale = min(SIZE[0] * 0.6 / src.width, SIZE[1] * 0.8 / src.height)
        big = src.resize((int(src.width * scale), int(src.height * scale)), Image.BICUBIC)
        frame = noise.copy()
        # every frame differs (its own place), so each gets its own thumbnail and preview
        dx, dy = (i * 37) % 200 - 100, (i * 53) % 160 - 80
        frame.paste(big, ((SIZE[0] - big.width) // 2 + dx, (SIZE[1] - big.height) // 2 + dy))
        frame.save(folder / f"IMG_{i:04d}.JPG", quality=92)


def speed(n: int, workers: int) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.faces import scan_faces

    base = Path(tempfile.mkdtemp(prefix="bench-faces-"))
    try:
        make_photos(base / "photos", n)
        cat = open_catalog(base / "bench.smpcat", create=True)
        options = ScanOptions(workers=workers)
        cat.add_root(base / "photos")
        scan(cat, options=options)
        t0 = time.monotonic()
        thumbs = build_thumbnails(cat, options=options)
        t_thumbs = time.monotonic() - t0
        cat.set_faces_enabled(True)
        t0 = time.monotonic()
        faces = scan_faces(cat, options=options)
        t_faces = time.monotonic() - t0
        cat.close()
    finally:
        shutil.rmtree(base, ignore_errors=True)

    print(f"load average {os.getloadavg()[0]:.1f}, {workers} worker(s), {n} photos of 12 MP")
    print(
        f"thumbnail stage (grid + 1600 px previews): {t_thumbs:.1f} s wall, "
        f"{t_thumbs / n:.3f} s/photo; {thumbs.made} thumbnails, {thumbs.previews} previews"
    )
    print(
        f"faces (on the previews): {t_faces:.1f} s wall, {t_faces / n:.3f} s/photo; "
        f"{faces.faces} faces, {faces.faces / t_faces:.2f} faces/s, {n / t_faces:.2f} photos/s"
    )
    print(f"faces / thumbnail stage, wall: {t_faces / t_thumbs:.2f} (target <= 0.50)")
    print("(wall times include starting the workers; the faces' include loading the models)")


def cpu_per_photo(n: int) -> None:
    """In-process CPU seconds per photo (what machine load does not inflate): grid thumbnail
    and 1600 px preview from the 12 MP file, against faces found on that preview."""
    from pathlib import Path as P

    from smparchive.core.ingest import tasks
    from smparchive.core.media import faces as detector
    from smparchive.core.thumbcache import PREVIEW, THUMB

    base = Path(tempfile.mkdtemp(prefix="bench-faces-cpu-"))
    try:
        make_photos(base, n)
        detector._load()  # the one-off model load is not a per-photo cost
        thumb_cpu = face_cpu = 0.0
        found = 0
        for path in sorted(P(base).glob("*.JPG")):
            t0 = time.process_time()
            look = tasks.render(str(path), "photo", (THUMB, PREVIEW))
            t1 = time.process_time()
            faces = detector.detect(look.thumbnails[PREVIEW])
            t2 = time.process_time()
            thumb_cpu += t1 - t0
            face_cpu += t2 - t1
            found += len(faces)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(
        f"CPU per photo, in-process: thumbnail + preview {thumb_cpu / n:.3f} s, faces "
        f"{face_cpu / n:.3f} s ({found} faces, {found / face_cpu:.1f} faces/CPU-s); "
        f"faces / thumbnail stage: {face_cpu / thumb_cpu:.2f} (target <= 0.50)"
    )


def parts(n: int) -> None:
    """Where the face search's CPU goes on N 1600 px previews: decode, HOG, shape, embedding
    (the embedding depends on how dlib was built: with BLAS it is ~5x faster)."""
    import io

    import dlib
    import numpy as np

    from smparchive.core.ingest import tasks
    from smparchive.core.media import faces as detector
    from smparchive.core.thumbcache import PREVIEW

    base = Path(tempfile.mkdtemp(prefix="bench-faces-parts-"))
    try:
        make_photos(base, n)
        previews = [
            tasks.render(str(path), "photo", (PREVIEW,)).thumbnails[PREVIEW]
            for path in sorted(base.glob("*.JPG"))
        ]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    m = detector._load()
    cpu = dict.fromkeys(("decode", "hog", "shape", "embedding"), 0.0)
    found = 0
    for data in previews:
        t0 = time.process_time()
        with Image.open(io.BytesIO(data)) as im:
            rgb = im.convert("RGB")
        pixels, grey = np.asarray(rgb), np.asarray(rgb.convert("L"))
        t1 = time.process_time()
        rects, _, _ = m["detector"].run(grey, 0, 0.0)
        t2 = time.process_time()
        shapes = [m["shape"](pixels, r) for r in rects]
        t3 = time.process_time()
        for shape in shapes:
            m["encoder"].compute_face_descriptor(pixels, shape)
        t4 = time.process_time()
        for key, spent in zip(cpu, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            cpu[key] += spent
        found += len(rects)
    print(
        f"face search parts (dlib {dlib.__version__}, BLAS {dlib.DLIB_USE_BLAS}), CPU per "
        f"preview: decode {cpu['decode'] / n * 1000:.1f} ms, HOG {cpu['hog'] / n * 1000:.1f} "
        f"ms; per face ({found}): shape {cpu['shape'] / max(found, 1) * 1000:.1f} ms, "
        f"embedding {cpu['embedding'] / max(found, 1) * 1000:.1f} ms"
    )


def accuracy() -> None:
    from smparchive.core.media import faces as detector

    labelled: list[tuple[str, bytes]] = []
    for path in sorted(FACES.glob("*.jpg")):
        found = detector.detect(path.read_bytes())
        person = path.stem.rsplit("-", 1)[0]
        if len(found) == 1 and "-and-" not in path.stem and path.stem != "two-people":
            labelled.append((person, found[0].embedding))
    labels = detector.cluster([e for _, e in labelled])
    tp = fp = fn = 0
    for a, b in itertools.combinations(range(len(labelled)), 2):
        same_person = labelled[a][0] == labelled[b][0]
        same_group = labels[a] == labels[b]
        tp += same_person and same_group
        fp += same_group and not same_person
        fn += same_person and not same_group
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    people = len({p for p, _ in labelled})
    print(
        f"clustering ({len(labelled)} labelled faces, {people} people, chinese whispers "
        f"{detector.CLUSTER_DISTANCE}): {len(set(labels))} groups, pairwise precision "
        f"{precision:.2f}, recall {recall:.2f}"
    )
    # Suggestions: name the first face of each person, suggest the others (distance < 0.6).
    known: dict[str, bytes] = {}
    right = wrong = none = 0
    for person, emb in labelled:
        if person not in known:
            known[person] = emb
            continue
        best = detector.nearest(emb, list(enumerate(known.values())))
        names = list(known)
        if best is None or best[1] >= detector.MATCH_DISTANCE:
            none += 1
        elif names[best[0]] == person:
            right += 1
        else:
            wrong += 1
    print(f"suggestions after naming one face each: {right} right, {wrong} wrong, {none} none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=26)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    speed(args.n, args.workers)
    cpu_per_photo(min(args.n, 13))
    parts(min(args.n, 13))
    accuracy()


if __name__ == "__main__":
    main()
