"""The virtual camera output: the real pyvirtualcam path up to the device (this machine has no
v4l2loopback), and the frames it forwards, through a stand-in device."""

import numpy as np
import pytest

from vhost.errors import BackendError
from vhost.outputs.base import AVFrame
from vhost.outputs.camera import VirtualCamera, how_to_get_a_camera
from vhost.testing import StandInCamera


def _missing(*args, **kwargs):
    raise RuntimeError("'v4l2loopback' backend: No v4l2 loopback device found")


@pytest.fixture
def no_camera(monkeypatch):
    """What pyvirtualcam raises on a machine without a loopback device (like this one)."""
    import pyvirtualcam

    monkeypatch.setattr(pyvirtualcam, "Camera", _missing)


def test_no_camera_device_is_one_sentence_with_the_fix(no_camera):
    with pytest.raises(BackendError) as error:
        VirtualCamera(640, 360, 30)
    message = str(error.value)
    assert message.startswith("No virtual camera is available") and "modprobe v4l2loopback" in message


def test_the_hint_fits_the_system():
    assert "v4l2loopback" in how_to_get_a_camera("Linux")
    assert "OBS" in how_to_get_a_camera("Windows") and "OBS" in how_to_get_a_camera("Darwin")


def test_frames_reach_the_camera_in_order(monkeypatch):
    import pyvirtualcam

    monkeypatch.setattr(pyvirtualcam, "Camera", StandInCamera)
    camera = VirtualCamera(64, 36, 25)
    for index in range(5):
        picture = np.full((36, 64, 3), index, np.uint8)
        camera.write(AVFrame(index, picture, np.zeros(1920, np.float32), 48000, 25))
    camera.close()
    device = camera._camera
    assert [int(frame[0, 0, 0]) for frame in device.frames] == [0, 1, 2, 3, 4] and device.closed
    assert camera.device == "/dev/video9"


def test_live_goes_on_without_a_camera_when_auto(cli, no_camera):
    code, out, err = cli("live", "--duration", "1", "--size", "320x180", "--camera", "auto")
    assert code == 0, err
    assert "going live without a virtual camera" in err and "Stopped after 1.0 s" in out
    assert "times the next line was not ready" in out  # how the voice kept up


def test_live_refuses_a_named_camera_that_is_missing(cli, no_camera):
    code, _, err = cli("live", "--duration", "1", "--camera", "/dev/video7")
    assert code == 2 and "No virtual camera /dev/video7 is available" in err


def test_the_picture_can_wait_for_the_sound_device(monkeypatch):
    """Paired with an audio device that plays 2 frames late, the camera holds 2 frames back."""
    import pyvirtualcam

    monkeypatch.setattr(pyvirtualcam, "Camera", StandInCamera)
    camera = VirtualCamera(64, 36, 25)
    camera.delay_frames = 2
    for index in range(5):
        picture = np.full((36, 64, 3), index, np.uint8)
        camera.write(AVFrame(index, picture, np.zeros(1920, np.float32), 48000, 25))
    camera.close()
    assert [int(frame[0, 0, 0]) for frame in camera._camera.frames] == [0, 1, 2]


def test_a_camera_that_breaks_is_opened_again(monkeypatch):
    import pyvirtualcam

    opened = []

    class FlakyCamera(StandInCamera):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened.append(self)

        def send(self, frame):
            if len(opened) == 1 and len(self.frames) == 2:
                raise RuntimeError("v4l2 device removed")
            super().send(frame)

    monkeypatch.setattr(pyvirtualcam, "Camera", FlakyCamera)
    camera = VirtualCamera(64, 36, 25)
    for index in range(5):  # no more than its queue holds, so none is dropped for being late
        camera.write(
            AVFrame(index, np.full((36, 64, 3), index, np.uint8), np.zeros(1920, np.float32), 48000, 25)
        )
    camera.close()
    assert len(opened) == 2 and camera.reopens == 1 and camera.errors == 1
    assert [int(f[0, 0, 0]) for f in opened[0].frames] == [0, 1]
    assert [int(f[0, 0, 0]) for f in opened[1].frames] == [3, 4]  # frame 2 was lost, not the stream
    assert camera.stats()["reopens"] == 1
