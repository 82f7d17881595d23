"""Batch runs over whole corpora: streaming, resumable, local processes or a Dask cluster."""

from newsprism.batch.runner import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
