"""Imported by the workers' fork server before it forks any: the engine imported and warmed once
(worker.warm), so every worker forked from it starts ready."""

from .worker import warm

warm()
