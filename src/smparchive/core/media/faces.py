"""Faces in a picture, found on this computer: dlib's detector, 5-point alignment and
ResNet embeddings (128 numbers; two faces of one person are usually closer than 0.6).

The models come inside the ``face_recognition_models`` package from the registry (installed
with ``pip install smparchive[faces]``); nothing is ever downloaded. Pure: bytes in, faces
out; imports nothing of smparchive. The models load once per process (a worker keeps them).
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "MATCH_DISTANCE",
    "FoundFace",
    "cluster",
    "detect",
    "distance",
    "faces_unavailable",
    "match_confidence",
]

MATCH_DISTANCE = 0.6  # dlib's embeddings: the same person below this (99.38 % on LFW)
CLUSTER_DISTANCE = 0.5  # grouping unknown faces is stricter than suggesting a name
MAX_SIDE = 1600  # detect on the preview's size: a 12 MP original costs 5x more, finds the same
# HOG finds faces from ~80 px; a picture smaller than SMALL is upsampled once (faces from
# ~40 px). At 1600 px no upsampling costs 0.15 s of CPU, upsampling 0.7 s (colour; grey
# costs ~25 % less).
SMALL = 1000
EMBEDDING_SIZE = 128

_models: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class FoundFace:
    """One face: box as fractions of the picture's width and height, detector score,
    embedding as 128 little-endian float32 numbers."""

    x: float
    y: float
    w: float
    h: float
    score: float
    embedding: bytes


def _models_folder() -> Path | None:
    # find_spec locates the package without importing it (its __init__ needs pkg_resources).
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
    return folder if folder.is_dir() else None


def faces_unavailable() -> str | None:
    """Why faces cannot be found here (None: they can)."""
    if importlib.util.find_spec("dlib") is None or importlib.util.find_spec("numpy") is None:
        return "Face detection is not installed (pip install 'smparchive[faces]')."
    folder = _models_folder()
    if folder is None or not (folder / "dlib_face_recognition_resnet_model_v1.dat").is_file():
        return "The face models are not installed (pip install 'smparchive[faces]')."
    return None


def _load() -> dict[str, Any]:
    if not _models:
        import dlib

        folder = _models_folder()
        if folder is None:
            raise RuntimeError(faces_unavailable() or "no face models")
        _models["detector"] = dlib.get_frontal_face_detector()
        _models["shape"] = dlib.shape_predictor(
            str(folder / "shape_predictor_5_face_landmarks.dat")
        )
        _models["encoder"] = dlib.face_recognition_model_v1(
            str(folder / "dlib_face_recognition_resnet_model_v1.dat")
        )
    return _models


def detect(data: bytes, *, min_score: float = 0.0) -> list[FoundFace]:
    """Faces in an encoded picture (JPEG, PNG ...), already upright; largest first."""
    import numpy as np
    from PIL import Image

    m = _load()
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (MAX_SIDE, MAX_SIDE))
        rgb = im.convert("RGB")
    if max(rgb.size) > MAX_SIDE:
        rgb.thumbnail((MAX_SIDE, MAX_SIDE))
    width, height = rgb.size
    pixels = np.asarray(rgb)
    upsample = 1 if max(width, height) < SMALL else 0
    # HOG on the grey picture: the colour one costs a third more (a gradient per channel)
    # and finds the same faces (bench_faces.py); alignment and embeddings stay on colour.
    rects, scores, _ = m["detector"].run(np.asarray(rgb.convert("L")), upsample, min_score)
    out: list[FoundFace] = []
    for rect, score in zip(rects, scores, strict=True):
        shape = m["shape"](pixels, rect)
        vec = np.asarray(m["encoder"].compute_face_descriptor(pixels, shape), dtype="<f4")
        left, top = max(0, rect.left()), max(0, rect.top())
        right, bottom = min(width, rect.right()), min(height, rect.bottom())
        out.append(
            FoundFace(
                left / width,
                top / height,
                (right - left) / width,
                (bottom - top) / height,
                float(score),
                vec.tobytes(),
            )
        )
    out.sort(key=lambda f: f.w * f.h, reverse=True)
    return out


def _vec(embedding: bytes) -> Any:
    import numpy as np

    return np.frombuffer(embedding, dtype="<f4").astype("f8")


def distance(a: bytes, b: bytes) -> float:
    """Euclidean distance between two embeddings."""
    import numpy as np

    return float(np.linalg.norm(_vec(a) - _vec(b)))


def match_confidence(dist: float) -> float:
    """0..1 from a distance: 1 for identical faces, 0.5 at the match threshold, 0 far away."""
    if dist <= MATCH_DISTANCE:
        return 1.0 - 0.5 * dist / MATCH_DISTANCE
    return max(0.0, 0.5 - 0.5 * (dist - MATCH_DISTANCE) / MATCH_DISTANCE)


def nearest(embedding: bytes, known: Sequence[tuple[int, bytes]]) -> tuple[int, float] | None:
    """The key of the closest known embedding and its distance (None if none is known)."""
    import numpy as np

    if not known:
        return None
    mat = np.stack([_vec(e) for _, e in known])
    dists = np.linalg.norm(mat - _vec(embedding), axis=1)
    best = int(np.argmin(dists))
    return known[best][0], float(dists[best])


def cluster(embeddings: Sequence[bytes], threshold: float = CLUSTER_DISTANCE) -> list[int]:
    """A group label per embedding (chinese whispers over the faces closer than
    ``threshold``: the number of people need not be known); labels are numbered from 0 by
    group size, largest first, so the numbering is stable for one input."""
    if not embeddings:
        return []
    import dlib

    labels = list(
        dlib.chinese_whispers_clustering(
            [dlib.vector([float(v) for v in _vec(e)]) for e in embeddings], threshold
        )
    )
    sizes: dict[int, int] = {}
    first: dict[int, int] = {}
    for i, lab in enumerate(labels):
        sizes[lab] = sizes.get(lab, 0) + 1
        first.setdefault(lab, i)
    order = sorted(sizes, key=lambda lab: (-sizes[lab], first[lab]))
    renumber = {lab: n for n, lab in enumerate(order)}
    return [renumber[lab] for lab in labels]


def crop_jpeg(data: bytes, box: tuple[float, float, float, float], size: int = 160) -> bytes:
    """A square JPEG of the face at ``box`` (fractions of the picture) with some margin."""
    from PIL import Image

    x, y, w, h = box
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (MAX_SIDE, MAX_SIDE))
        rgb = im.convert("RGB")
    width, height = rgb.size
    side = max(w * width, h * height) * 1.5
    cx, cy = (x + w / 2) * width, (y + h / 2) * height
    left, top = max(0.0, cx - side / 2), max(0.0, cy - side / 2)
    right, bottom = min(float(width), cx + side / 2), min(float(height), cy + side / 2)
    face = rgb.crop((int(left), int(top), int(right), int(bottom)))
    face.thumbnail((size, size))
    out = io.BytesIO()
    face.save(out, "JPEG", quality=85)
    return out.getvalue()
