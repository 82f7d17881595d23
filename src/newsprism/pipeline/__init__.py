"""Component protocol, registry, configuration, run state and the Pipeline runner."""

from newsprism.pipeline.config import ComponentConfig, PipelineConfig, load_config
from newsprism.pipeline.factories import register, registered
from newsprism.pipeline.pipeline import Pipeline
from newsprism.pipeline.protocol import BatchComponent, Component
from newsprism.pipeline.state import DocState, StateError

__all__ = ["BatchComponent", "Component", "ComponentConfig", "DocState", "Pipeline", "PipelineConfig",
           "StateError", "load_config", "register", "registered"]
