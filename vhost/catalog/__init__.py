"""Catalog import: JSON, CSV (UTF-8, UTF-8 BOM, GBK/GB18030) and XLSX product lists."""

from vhost.catalog.importer import ImportReport, Problem, load_catalog

__all__ = ["ImportReport", "Problem", "load_catalog"]
