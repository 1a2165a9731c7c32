"""Credit Health (信用健康): earn back a suspended consumer credit line, privately."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("credithealth")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "Credit Health"
APP_NAME_ZH = "信用健康"
