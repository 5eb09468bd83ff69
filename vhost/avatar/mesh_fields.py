"""Piecewise-linear interpolation over a triangle mesh, rasterised onto a pixel grid.

Used to turn "where each mesh point goes" into "where each output pixel comes from": the
values are interpolated over the mesh *as posed*, so a region the pose squeezes to nothing
(parted lips pressed shut, an eye closing) really disappears instead of being smeared.
"""

from __future__ import annotations

import numpy as np

# Square pixels. A triangle squeezed below this (parted lips pressed shut) is left to its
# neighbours: its interpolation plane is so steep that its values are noise (stray specks).
MIN_AREA = 0.1


def rasterise_values(
    points: np.ndarray, triangles: np.ndarray, values: np.ndarray, box: tuple[int, int, int, int]
) -> np.ndarray:
    """Interpolate per-point `values` (N, C) over the triangles laid at `points` (N, 2), for every
    pixel of `box` (x0, y0, x1, y1). Pixels no triangle covers get 0."""
    import cv2

    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    owner = np.full((height, width), -1, np.int32)
    local = points - [x0, y0]
    corners = local[triangles]  # (T, 3, 2)
    areas = 0.5 * np.abs(np.cross(corners[:, 1] - corners[:, 0], corners[:, 2] - corners[:, 0]))
    shift = 4
    for index in np.nonzero(areas > MIN_AREA)[0]:
        polygon = np.round(corners[index] * (1 << shift)).astype(np.int32)
        cv2.fillConvexPoly(owner, polygon, (int(index),), cv2.LINE_8, shift)
    out = np.zeros((height, width, values.shape[1]), np.float64)
    holes = _cracks(owner)
    ys, xs = np.nonzero(owner >= 0)
    if not len(ys):
        return out
    tri = owner[ys, xs]
    ones = np.ones((len(triangles), 3, 1))
    matrices = np.concatenate([corners, ones], axis=2)  # rows [x, y, 1] per corner
    usable = np.abs(np.linalg.det(matrices)) > 1e-9
    inverse = np.zeros_like(matrices)
    inverse[usable] = np.linalg.inv(matrices[usable])
    coefficients = inverse @ values[triangles]  # (T, 3, C): value = [x, y, 1] @ coef
    pixel = np.stack([xs, ys, np.ones_like(xs)], axis=1).astype(np.float64)
    out[ys, xs] = np.einsum("nk,nkc->nc", pixel, coefficients[tri])
    if holes is not None:
        hole_ys, hole_xs, near_ys, near_xs = holes
        out[hole_ys, hole_xs] = out[near_ys, near_xs]
    return out


def _cracks(owner: np.ndarray) -> tuple[np.ndarray, ...] | None:
    """Pixels that fell between rasterised triangles (hairline cracks along edges, slivers of
    squeezed triangles) and their nearest covered neighbour: (hole ys, xs, neighbour ys, xs).
    A hole takes its neighbour's value, not its triangle's plane carried over: a squeezed
    sliver's plane is steep, and carried a pixel away it points far off (stray specks)."""
    import cv2

    uncovered = (owner < 0).astype(np.uint8)
    if not uncovered.any() or uncovered.all():
        return None
    _, labels = cv2.distanceTransformWithLabels(uncovered, cv2.DIST_L2, 3, labelType=cv2.DIST_LABEL_PIXEL)
    sources = np.argwhere(uncovered == 0)  # labels number the zero pixels in scan order, from 1
    hole_ys, hole_xs = np.nonzero(uncovered)
    nearest = sources[labels[hole_ys, hole_xs] - 1]
    return hole_ys, hole_xs, nearest[:, 0], nearest[:, 1]
