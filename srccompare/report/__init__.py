"""The discrepancy report: an immutable model (``model``), view rows (``view``), renderers (``render``)."""
