"""The local web app: ``create_app(Settings(...))`` (see :mod:`newsprism.web.app`)."""

from newsprism.web.app import create_app
from newsprism.web.settings import Settings

__all__ = ["Settings", "create_app"]
