"""``python -m newsprism.schema > src/newsprism/schema/analysis.schema.json`` (``make schema``)."""

import sys

from newsprism.schema import dumps

sys.stdout.write(dumps())
