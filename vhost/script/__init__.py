"""Sales scripts: the ScriptWriter protocol, the template writer and the compliance filter."""

from vhost.script.base import ScriptWriter
from vhost.script.compliance import ComplianceFilter, Filtered
from vhost.script.template_writer import TemplateWriter

__all__ = ["ComplianceFilter", "Filtered", "ScriptWriter", "TemplateWriter"]
