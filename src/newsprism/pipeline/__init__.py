"""Component protocol, registry, configuration and the Pipeline runner."""

from newsprism.pipeline.config import ComponentConfig, PipelineConfig, load_config
from newsprism.pipeline.pipeline import Pipeline
from newsprism.pipeline.protocol import Component
from newsprism.pipeline.registry import register, registered

__all__ = ["Component", "ComponentConfig", "Pipeline", "PipelineConfig", "load_config", "register", "registered"]
